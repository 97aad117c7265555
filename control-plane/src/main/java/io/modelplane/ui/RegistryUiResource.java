package io.modelplane.ui;

import static io.modelplane.security.TenantRole.ADMIN;
import static io.modelplane.security.TenantRole.AUDITOR;
import static io.modelplane.security.TenantRole.ENGINEER;
import static io.modelplane.security.TenantRole.VIEWER;

import io.modelplane.audit.service.Audited;
import io.modelplane.kernel.error.UnprocessableException;
import io.modelplane.registry.api.AliasView;
import io.modelplane.registry.api.ArtifactStreams;
import io.modelplane.registry.api.ModelView;
import io.modelplane.registry.api.PromotionView;
import io.modelplane.registry.api.TransitionView;
import io.modelplane.registry.api.VersionView;
import io.modelplane.registry.artifact.ArtifactStore;
import io.modelplane.registry.persistence.ModelFilter;
import io.modelplane.registry.persistence.ModelVersion;
import io.modelplane.registry.service.AliasService;
import io.modelplane.registry.service.ModelService;
import io.modelplane.registry.service.PromotionService;
import io.modelplane.registry.service.Stage;
import io.modelplane.registry.service.VersionService;
import io.modelplane.security.Caller;
import io.modelplane.security.TenantAccess;
import io.modelplane.security.TenantRole;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Registry pages of the admin UI; actions appear only for roles that may use them. */
@Path("/ui/t/{tenant}/models")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class RegistryUiResource {

  private static final int PAGE = 200;

  @Inject Caller caller;
  @Inject ModelService models;
  @Inject VersionService versions;
  @Inject AliasService aliases;
  @Inject PromotionService promotions;
  @Inject ArtifactStore store;

  @GET
  @TenantAccess({ADMIN, ENGINEER, VIEWER, AUDITOR})
  public TemplateInstance list(
      @PathParam("tenant") String tenant, @QueryParam("prefix") String prefix) {
    String filter = prefix == null || prefix.isBlank() ? null : prefix.trim();
    var rows = models.list(tenant, new ModelFilter(filter, null, null, null, false, null, PAGE));
    return RegistryPages.models(
        shell(tenant), rows.stream().map(ModelView::of).toList(), filter == null ? "" : filter);
  }

  @GET
  @Path("{model}")
  @TenantAccess({ADMIN, ENGINEER, VIEWER, AUDITOR})
  public TemplateInstance model(
      @PathParam("tenant") String tenant,
      @PathParam("model") String name,
      @QueryParam("error") String error) {
    Set<TenantRole> roles = caller.memberships().rolesIn(tenant);
    List<ModelVersion> all = versions.list(tenant, name, 0, PAGE);
    List<RegistryPages.PendingRequest> pending = new ArrayList<>();
    for (ModelVersion v : all) {
      for (var request : promotions.list(tenant, name, v.number)) {
        if (request.state.equals("pending")) {
          boolean fourEyes =
              !caller.name().equals(v.registeredBy) && !caller.name().equals(request.requestedBy);
          PromotionView view = PromotionView.of(request, promotions.approvals(tenant, request.id));
          pending.add(
              new RegistryPages.PendingRequest(v.number, view, roles.contains(ADMIN) && fourEyes));
        }
      }
    }
    return RegistryPages.model(
        shell(tenant).withError(error),
        ModelView.of(models.get(tenant, name)),
        all.stream().map(VersionView::of).toList(),
        aliases.list(tenant, name).stream().map(a -> AliasView.of(name, a)).toList(),
        pending,
        roles.contains(ADMIN) || roles.contains(ENGINEER),
        roles.contains(ADMIN));
  }

  @GET
  @Path("{model}/versions/{version}")
  @TenantAccess({ADMIN, ENGINEER, VIEWER, AUDITOR})
  public TemplateInstance version(
      @PathParam("tenant") String tenant,
      @PathParam("model") String name,
      @PathParam("version") int number) {
    return RegistryPages.version(
        shell(tenant),
        ModelView.of(models.get(tenant, name)),
        VersionView.of(versions.get(tenant, name, number)),
        promotions.transitions(tenant, name, number).stream().map(TransitionView::of).toList());
  }

  @GET
  @Path("{model}/versions/{version}/artifact")
  @Produces(MediaType.APPLICATION_OCTET_STREAM)
  @TenantAccess({ADMIN, ENGINEER, VIEWER, AUDITOR})
  public Response download(
      @PathParam("tenant") String tenant,
      @PathParam("model") String name,
      @PathParam("version") int number) {
    return ArtifactStreams.download(store, versions.get(tenant, name, number));
  }

  @POST
  @Path("{model}/versions/{version}/stage-requests")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @TenantAccess({ADMIN, ENGINEER})
  @Audited(action = "stage.request", resource = "stage-request")
  public Response requestStage(
      @PathParam("tenant") String tenant,
      @PathParam("model") String name,
      @PathParam("version") int number,
      @FormParam("targetStage") String target,
      @FormParam("reason") String reason) {
    Stage stage =
        Stage.fromId(target == null ? "" : target)
            .orElseThrow(
                () ->
                    new UnprocessableException(
                        "targetStage", "must be staging, production or archived"));
    promotions.request(tenant, name, number, stage, reason, caller.name());
    return backTo(tenant, name);
  }

  @POST
  @Path("{model}/stage-requests/{id}/{decision: approve|reject}")
  @TenantAccess(ADMIN)
  @Audited(action = "stage.decide", resource = "stage-request")
  public Response decide(
      @PathParam("tenant") String tenant,
      @PathParam("model") String name,
      @PathParam("id") long id,
      @PathParam("decision") String decision) {
    promotions.decide(
        tenant, id, decision.equals("approve"), "decided in the admin UI", caller.name());
    return backTo(tenant, name);
  }

  private static Response backTo(String tenant, String model) {
    return Response.seeOther(URI.create("/ui/t/" + tenant + "/models/" + model)).build();
  }

  private Shell shell(String currentTenant) {
    return Shell.of(caller, currentTenant);
  }
}
