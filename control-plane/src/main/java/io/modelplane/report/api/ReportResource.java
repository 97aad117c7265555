package io.modelplane.report.api;

import static io.modelplane.security.TenantRole.ADMIN;
import static io.modelplane.security.TenantRole.AUDITOR;

import io.modelplane.audit.service.Audited;
import io.modelplane.kernel.error.InvalidInputException;
import io.modelplane.report.persistence.ReportJob;
import io.modelplane.report.persistence.ReportJobRepository.Content;
import io.modelplane.report.service.ReportService;
import io.modelplane.report.service.ReportSpec;
import io.modelplane.security.Caller;
import io.modelplane.security.TenantAccess;
import io.modelplane.web.Page;
import io.modelplane.web.PageParams;
import io.modelplane.web.idempotency.Idempotent;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Audit reports for compliance officers (admins and auditors). {@code POST} starts a report job
 * (202, poll it for progress, then download {@code …/content}); {@code GET …/reports/audit} builds
 * one while the caller waits. Auditors may create reports: a report reads the tenant's records and
 * signs a checkpoint of its audit log, and changes nothing else.
 */
@Path("/api/v1/tenants/{tenant}/reports")
@Authenticated
@Tag(name = "compliance")
@Produces(MediaType.APPLICATION_JSON)
public class ReportResource {

  @Inject ReportService reports;
  @Inject Caller caller;
  @Inject Clock clock;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @TenantAccess({ADMIN, AUDITOR})
  @Audited(action = "report.create", resource = "report")
  @Idempotent
  public Response create(
      @PathParam("tenant") String tenant,
      @Valid @NotNull CreateReportRequest request,
      @Context UriInfo uri) {
    ReportSpec spec =
        ReportSpec.parse(
            request.kind(), request.format(), request.from(), request.to(), clock.instant());
    ReportJob job = reports.request(tenant, spec, caller.name());
    return Response.accepted(ReportJobView.of(job))
        .location(uri.getAbsolutePathBuilder().path(Long.toString(job.id)).build())
        .build();
  }

  /**
   * The audit report of a period, built now: the document itself, with the job that recorded it in
   * {@code Location} (the report is issued like a job's, so the next one proves from it).
   */
  @GET
  @Path("audit")
  @Produces({MediaType.APPLICATION_JSON, "text/csv", "application/pdf", "application/problem+json"})
  @TenantAccess({ADMIN, AUDITOR})
  @Audited(action = "report.create", resource = "report")
  public Response audit(
      @PathParam("tenant") String tenant,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("format") String format,
      @Context UriInfo uri) {
    ReportSpec spec =
        ReportSpec.parse(
            ReportSpec.AUDIT, format == null ? "json" : format, from, to, clock.instant());
    ReportJob job = reports.build(tenant, spec, caller.name());
    if (!ReportJob.SUCCEEDED.equals(job.status)) {
      throw new IllegalStateException("report " + job.id + " failed: " + job.error);
    }
    return download(tenant, job.id)
        .location(
            uri.getBaseUriBuilder().path("/api/v1/tenants/{t}/reports/{id}").build(tenant, job.id))
        .build();
  }

  /** Newest first; {@code nextCursor} goes into {@code after}. */
  @GET
  @TenantAccess({ADMIN, AUDITOR})
  public Page<ReportJobView> list(
      @PathParam("tenant") String tenant, @Valid @BeanParam PageParams page) {
    return Page.of(
        reports.list(tenant, cursor(page.after), page.limit + 1),
        page.limit,
        ReportJobView::of,
        j -> Long.toString(j.id));
  }

  @GET
  @Path("{id: [0-9]+}")
  @TenantAccess({ADMIN, AUDITOR})
  public ReportJobView get(@PathParam("tenant") String tenant, @PathParam("id") long id) {
    return ReportJobView.of(reports.get(tenant, id));
  }

  /** The document of a succeeded job; 409 while it is built or when it failed. */
  @GET
  @Path("{id: [0-9]+}/content")
  @Produces({MediaType.APPLICATION_JSON, "text/csv", "application/pdf", "application/problem+json"})
  @TenantAccess({ADMIN, AUDITOR})
  public Response content(@PathParam("tenant") String tenant, @PathParam("id") long id) {
    return download(tenant, id).build();
  }

  private Response.ResponseBuilder download(String tenant, long id) {
    Content content = reports.content(tenant, id);
    ReportJob job = reports.get(tenant, id);
    return Downloads.of(job, content);
  }

  private static Long cursor(String after) {
    try {
      return after == null || after.isBlank() ? null : Long.parseLong(after);
    } catch (NumberFormatException e) {
      throw new InvalidInputException("after", "is not a cursor returned by this list");
    }
  }
}
