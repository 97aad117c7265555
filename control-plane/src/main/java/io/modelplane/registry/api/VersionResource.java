package io.modelplane.registry.api;

import static io.modelplane.security.TenantRole.ADMIN;
import static io.modelplane.security.TenantRole.AUDITOR;
import static io.modelplane.security.TenantRole.ENGINEER;
import static io.modelplane.security.TenantRole.VIEWER;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.modelplane.audit.service.Audited;
import io.modelplane.error.JsonPaths;
import io.modelplane.kernel.error.DomainException.FieldError;
import io.modelplane.kernel.error.InvalidInputException;
import io.modelplane.kernel.error.UnprocessableException;
import io.modelplane.registry.artifact.ArtifactStore;
import io.modelplane.registry.inspect.Engine;
import io.modelplane.registry.persistence.Lineage;
import io.modelplane.registry.persistence.ModelVersion;
import io.modelplane.registry.service.VersionDraft;
import io.modelplane.registry.service.VersionRegistrar;
import io.modelplane.registry.service.VersionService;
import io.modelplane.security.Caller;
import io.modelplane.security.TenantAccess;
import io.modelplane.web.ETags;
import io.modelplane.web.Page;
import io.modelplane.web.PageParams;
import io.modelplane.web.idempotency.Idempotent;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * Immutable model versions. Registration is the shape CI scripts use: {@code curl -F
 * metadata=@meta.json -F artifact=@model.onnx}. There is no PUT, PATCH or DELETE: a version's
 * artifact and number never change (405).
 */
@Path("/api/v1/tenants/{tenant}/models/{model}/versions")
@Authenticated
@Tag(name = "models")
@Produces(MediaType.APPLICATION_JSON)
public class VersionResource {

  @Inject VersionRegistrar registrar;
  @Inject VersionService versions;
  @Inject ArtifactStore store;
  @Inject Caller caller;
  @Inject ObjectMapper json;
  @Inject Validator validator;

  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @TenantAccess({ADMIN, ENGINEER})
  @Idempotent
  @Audited(action = "version.register", resource = "model-version")
  public Response register(
      @PathParam("tenant") String tenant,
      @PathParam("model") String model,
      @RestForm("metadata") String metadata,
      @RestForm("artifact") FileUpload artifact,
      UriInfo uri)
      throws IOException {
    VersionDraft draft = draft(metadata);
    if (artifact == null) {
      throw new InvalidInputException(
          "artifact", "is required: the model file or archive as a file part");
    }
    ModelVersion created;
    try (InputStream bytes = Files.newInputStream(artifact.uploadedFile())) {
      created = registrar.register(tenant, model, draft, bytes, caller.name());
    }
    return Response.created(
            uri.getAbsolutePathBuilder().path(Integer.toString(created.number)).build())
        .entity(VersionView.of(created))
        .build();
  }

  @GET
  @TenantAccess({ADMIN, ENGINEER, VIEWER, AUDITOR})
  public Page<VersionView> list(
      @PathParam("tenant") String tenant,
      @PathParam("model") String model,
      @Valid @BeanParam PageParams page) {
    int after = cursor(page.after);
    return Page.of(
        versions.list(tenant, model, after, page.limit + 1),
        page.limit,
        VersionView::of,
        v -> Integer.toString(v.number));
  }

  @GET
  @Path("{version}")
  @TenantAccess({ADMIN, ENGINEER, VIEWER, AUDITOR})
  public Response get(
      @PathParam("tenant") String tenant,
      @PathParam("model") String model,
      @PathParam("version") int number) {
    ModelVersion version = versions.get(tenant, model, number);
    return Response.ok(VersionView.of(version)).tag(ETags.of(version.rowVersion)).build();
  }

  /**
   * Versions are immutable: replacing or deleting one is refused with 405 (and audited), so a
   * pipeline that tries learns why instead of getting a 404.
   */
  @PUT
  @Path("{version}")
  @TenantAccess({ADMIN, ENGINEER})
  @Audited(action = "version.replace-refused", resource = "model-version")
  public Response replace(@PathParam("tenant") String tenant, @PathParam("version") int number) {
    throw immutable();
  }

  @PATCH
  @Path("{version}")
  @TenantAccess({ADMIN, ENGINEER})
  @Audited(action = "version.patch-refused", resource = "model-version")
  public Response patch(@PathParam("tenant") String tenant, @PathParam("version") int number) {
    throw immutable();
  }

  @DELETE
  @Path("{version}")
  @TenantAccess({ADMIN, ENGINEER})
  @Audited(action = "version.delete-refused", resource = "model-version")
  public Response delete(@PathParam("tenant") String tenant, @PathParam("version") int number) {
    throw immutable();
  }

  private static NotAllowedException immutable() {
    return new NotAllowedException(Response.status(405).header("Allow", "GET").build());
  }

  /** The artifact's bytes, streamed and decrypted, with their digest in the headers. */
  @GET
  @Path("{version}/artifact")
  @Produces(MediaType.APPLICATION_OCTET_STREAM)
  @TenantAccess({ADMIN, ENGINEER, VIEWER, AUDITOR})
  public Response artifact(
      @PathParam("tenant") String tenant,
      @PathParam("model") String model,
      @PathParam("version") int number) {
    return ArtifactStreams.download(store, versions.get(tenant, model, number));
  }

  private VersionDraft draft(String metadata) {
    if (metadata == null || metadata.isBlank()) {
      throw new InvalidInputException(
          "metadata", "is required: a JSON part with at least the engine");
    }
    VersionMetadata m = parse(metadata);
    List<FieldError> errors =
        validator.validate(m).stream()
            .map(v -> new FieldError("metadata." + JsonPaths.fieldOf(v), v.getMessage()))
            .toList();
    if (!errors.isEmpty()) {
      throw new InvalidInputException("metadata is invalid", errors);
    }
    Engine engine =
        Engine.fromId(m.engine())
            .orElseThrow(
                () ->
                    new UnprocessableException(
                        "engine",
                        "unknown engine '" + m.engine() + "': use onnx, xgboost or pytorch"));
    return new VersionDraft(
        engine,
        Optional.ofNullable(m.sha256()),
        Optional.ofNullable(m.signature()),
        m.metrics(),
        m.parameters(),
        m.lineage() == null ? Lineage.NONE : m.lineage(),
        m.description());
  }

  private VersionMetadata parse(String metadata) {
    try {
      return json.readValue(metadata, VersionMetadata.class);
    } catch (UnrecognizedPropertyException e) {
      throw new InvalidInputException("metadata." + JsonPaths.of(e.getPath()), "unknown field");
    } catch (JsonMappingException e) {
      throw new InvalidInputException(
          "metadata." + JsonPaths.of(e.getPath()), "has the wrong type or shape");
    } catch (JsonProcessingException e) {
      throw new InvalidInputException("metadata", "is not valid JSON");
    }
  }

  private static int cursor(String after) {
    try {
      return after == null ? 0 : Integer.parseInt(after);
    } catch (NumberFormatException e) {
      throw new InvalidInputException("after", "is not a cursor returned by this list");
    }
  }
}
