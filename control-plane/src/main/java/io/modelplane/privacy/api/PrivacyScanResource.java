package io.modelplane.privacy.api;

import static io.modelplane.security.TenantRole.ADMIN;
import static io.modelplane.security.TenantRole.AUDITOR;
import static io.modelplane.security.TenantRole.ENGINEER;
import static io.modelplane.security.TenantRole.VIEWER;

import io.modelplane.audit.service.Audited;
import io.modelplane.kernel.error.InvalidInputException;
import io.modelplane.privacy.persistence.PrivacyScan;
import io.modelplane.privacy.service.ScanService;
import io.modelplane.privacy.service.ScanTargets;
import io.modelplane.privacy.service.UploadStaging;
import io.modelplane.privacy.service.UploadTooLargeException;
import io.modelplane.privacy.source.DataFormat;
import io.modelplane.security.Caller;
import io.modelplane.security.TenantAccess;
import io.modelplane.web.Page;
import io.modelplane.web.idempotency.Idempotent;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * PII scans: of a baseline, of sampled payloads, of model metadata (JSON body), or of a file sent
 * as the body (CSV, JSON lines, text) or as the multipart part {@code file}. Scans run in the
 * background: a POST answers 202 with the scan's location; poll it for status and findings.
 */
@Path("/api/v1/tenants/{tenant}/privacy-scans")
@Authenticated
@Tag(name = "compliance")
@Produces(MediaType.APPLICATION_JSON)
public class PrivacyScanResource {

  static final String CSV = "text/csv";
  static final String JSONL = "application/jsonl";
  static final String NDJSON = "application/x-ndjson";

  @Inject ScanService scans;
  @Inject UploadStaging uploads;
  @Inject Caller caller;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @TenantAccess({ADMIN, ENGINEER})
  @Audited(action = "privacy-scan.start", resource = "privacy-scan")
  @Idempotent
  public Response start(
      @PathParam("tenant") String tenant,
      @Valid @NotNull ScanRequest request,
      @Context UriInfo uri) {
    TargetBody t = request.target();
    var spec =
        new ScanTargets.Spec(
            t.type(), t.model(), t.version(), t.deployment(), t.from(), t.to(), t.window());
    PrivacyScan scan =
        scans.request(
            tenant,
            spec,
            request.entities(),
            request.maxExamples(),
            ScanService.MANUAL,
            caller.name());
    return accepted(uri, scan);
  }

  /** A file as the request body; {@code ?entities=email,phone}, {@code ?name=} for the record. */
  @POST
  @Consumes({CSV, JSONL, NDJSON, MediaType.TEXT_PLAIN})
  @TenantAccess({ADMIN, ENGINEER})
  @Audited(action = "privacy-scan.start", resource = "privacy-scan")
  public Response upload(
      @PathParam("tenant") String tenant,
      @HeaderParam("Content-Type") String contentType,
      @QueryParam("entities") @Size(max = 2000) String entities,
      @QueryParam("maxExamples") @Min(0) @Max(20) Integer maxExamples,
      @QueryParam("name") @DefaultValue("upload") @Size(max = 200) String name,
      InputStream body,
      @Context UriInfo uri) {
    List<String> filter = split(entities);
    scans.checkEntities(filter);
    DataFormat format = DataFormat.fromMediaType(contentType).orElse(DataFormat.TEXT);
    UploadStaging.Staged staged;
    try {
      staged = uploads.stage(body, format);
    } catch (UploadTooLargeException e) {
      return UploadLimits.problem(e, uri);
    }
    return accepted(
        uri, scans.requestFile(tenant, staged, name, filter, maxExamples, caller.name()));
  }

  /** A file as the multipart part {@code file}; the format from {@code format}, type or name. */
  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @TenantAccess({ADMIN, ENGINEER})
  @Audited(action = "privacy-scan.start", resource = "privacy-scan")
  public Response uploadForm(
      @PathParam("tenant") String tenant,
      @RestForm("file") FileUpload file,
      @RestForm("format") String format,
      @RestForm("entities") String entities,
      @RestForm("maxExamples") Integer maxExamples,
      @Context UriInfo uri) {
    if (file == null) {
      throw new InvalidInputException("file", "is required (a multipart part named 'file')");
    }
    if (maxExamples != null && (maxExamples < 0 || maxExamples > 20)) {
      throw new InvalidInputException("maxExamples", "must be between 0 and 20");
    }
    List<String> filter = split(entities);
    scans.checkEntities(filter);
    UploadStaging.Staged staged;
    try {
      staged = uploads.adopt(file.uploadedFile(), formatOf(format, file));
    } catch (UploadTooLargeException e) {
      return UploadLimits.problem(e, uri);
    }
    String name = file.fileName() == null ? "upload" : file.fileName();
    return accepted(
        uri, scans.requestFile(tenant, staged, name, filter, maxExamples, caller.name()));
  }

  @GET
  @TenantAccess({ADMIN, ENGINEER, VIEWER, AUDITOR})
  public Page<ScanView> list(
      @PathParam("tenant") String tenant,
      @QueryParam("after") Long after,
      @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
    return Page.of(
        scans.list(tenant, after, limit + 1), limit, ScanView::summary, s -> Long.toString(s.id));
  }

  @GET
  @Path("{id}")
  @TenantAccess({ADMIN, ENGINEER, VIEWER, AUDITOR})
  public ScanView get(@PathParam("tenant") String tenant, @PathParam("id") long id) {
    return ScanView.full(scans.get(tenant, id));
  }

  private static Response accepted(UriInfo uri, PrivacyScan scan) {
    return Response.accepted(ScanView.summary(scan))
        .location(uri.getAbsolutePathBuilder().path(Long.toString(scan.id)).build())
        .build();
  }

  private static DataFormat formatOf(String format, FileUpload file) {
    if (format != null && !format.isBlank()) {
      return DataFormat.fromId(format.trim())
          .orElseThrow(() -> new InvalidInputException("format", "must be csv, jsonl or text"));
    }
    return DataFormat.fromMediaType(file.contentType())
        .or(() -> DataFormat.fromFileName(file.fileName()))
        .orElse(DataFormat.TEXT);
  }

  private static List<String> split(String entities) {
    if (entities == null || entities.isBlank()) {
      return List.of();
    }
    return Arrays.stream(entities.split(",")).map(String::trim).toList();
  }
}
