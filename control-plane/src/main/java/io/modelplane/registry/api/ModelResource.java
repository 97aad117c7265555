package io.modelplane.registry.api;

import static io.modelplane.security.TenantRole.ADMIN;
import static io.modelplane.security.TenantRole.AUDITOR;
import static io.modelplane.security.TenantRole.ENGINEER;
import static io.modelplane.security.TenantRole.VIEWER;

import io.modelplane.audit.service.Audited;
import io.modelplane.kernel.error.InvalidInputException;
import io.modelplane.registry.persistence.ModelFilter;
import io.modelplane.registry.persistence.RegisteredModel;
import io.modelplane.registry.service.ModelService;
import io.modelplane.registry.service.ModelService.ModelPatch;
import io.modelplane.registry.service.ModelService.NewModel;
import io.modelplane.security.Caller;
import io.modelplane.security.TenantAccess;
import io.modelplane.web.ETags;
import io.modelplane.web.Page;
import io.modelplane.web.PageParams;
import io.modelplane.web.idempotency.Idempotent;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Registered models of a tenant. */
@Path("/api/v1/tenants/{tenant}/models")
@Authenticated
@Tag(name = "models")
@Produces(MediaType.APPLICATION_JSON)
public class ModelResource {

  @Inject ModelService models;
  @Inject Caller caller;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @TenantAccess({ADMIN, ENGINEER})
  @Idempotent
  @Audited(action = "model.create", resource = "model")
  public Response create(
      @PathParam("tenant") String tenant, @Valid @NotNull CreateModelRequest request, UriInfo uri) {
    RegisteredModel model =
        models.create(
            tenant,
            new NewModel(
                request.name(),
                request.description(),
                request.task(),
                request.tags(),
                request.owner()),
            caller.name());
    return Response.created(uri.getAbsolutePathBuilder().path(model.name).build())
        .tag(ETags.of(model.rowVersion))
        .entity(ModelView.of(model))
        .build();
  }

  /**
   * Search by name prefix, task and tag ({@code key} or {@code key=value}); sort by name or
   * created.
   */
  @GET
  @TenantAccess({ADMIN, ENGINEER, VIEWER, AUDITOR})
  public Page<ModelView> list(
      @PathParam("tenant") String tenant,
      @QueryParam("prefix") @Size(max = 63) String prefix,
      @QueryParam("task") @Size(max = 63) String task,
      @QueryParam("tag") @Size(max = 601) String tag,
      @QueryParam("sort") @DefaultValue("name") String sort,
      @Valid @BeanParam PageParams page) {
    if (!sort.equals("name") && !sort.equals("created")) {
      throw new InvalidInputException("sort", "must be name or created");
    }
    boolean byCreated = sort.equals("created");
    String tagKey = tag == null ? null : tag.split("=", 2)[0];
    String tagValue = tag != null && tag.contains("=") ? tag.split("=", 2)[1] : null;
    if (byCreated && page.after != null && !page.after.matches("\\d{1,18}")) {
      throw new InvalidInputException("after", "is not a cursor returned by this list");
    }
    ModelFilter filter =
        new ModelFilter(prefix, task, tagKey, tagValue, byCreated, page.after, page.limit);
    return Page.of(
        models.list(tenant, filter),
        page.limit,
        ModelView::of,
        m -> byCreated ? m.id.toString() : m.name);
  }

  @GET
  @Path("{model}")
  @TenantAccess({ADMIN, ENGINEER, VIEWER, AUDITOR})
  public Response get(@PathParam("tenant") String tenant, @PathParam("model") String name) {
    RegisteredModel model = models.get(tenant, name);
    return Response.ok(ModelView.of(model)).tag(ETags.of(model.rowVersion)).build();
  }

  @PATCH
  @Path("{model}")
  @Consumes(MediaType.APPLICATION_JSON)
  @TenantAccess({ADMIN, ENGINEER})
  @Audited(action = "model.update", resource = "model")
  public Response update(
      @PathParam("tenant") String tenant,
      @PathParam("model") String name,
      @HeaderParam("If-Match") String ifMatch,
      @Valid @NotNull UpdateModelRequest request) {
    RegisteredModel model =
        models.update(
            tenant,
            name,
            new ModelPatch(request.description(), request.task(), request.tags(), request.owner()),
            ETags.ifMatch(ifMatch));
    return Response.ok(ModelView.of(model)).tag(ETags.of(model.rowVersion)).build();
  }
}
