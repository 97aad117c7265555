package io.modelplane.registry.api;

import static io.modelplane.security.TenantRole.ADMIN;
import static io.modelplane.security.TenantRole.AUDITOR;
import static io.modelplane.security.TenantRole.ENGINEER;
import static io.modelplane.security.TenantRole.VIEWER;

import io.modelplane.audit.service.Audited;
import io.modelplane.kernel.error.UnprocessableException;
import io.modelplane.registry.persistence.PromotionRequest;
import io.modelplane.registry.service.PromotionService;
import io.modelplane.registry.service.Stage;
import io.modelplane.security.Caller;
import io.modelplane.security.TenantAccess;
import io.modelplane.web.idempotency.Idempotent;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Stage transitions of versions: requests (staging and archived apply at once, production waits for
 * four-eyes approval by tenant admins), decisions, and the transition history.
 *
 * <p>The keyed POSTs return {@link Response}, not the view: a replayed answer is a {@code Response}
 * and the CDI subclass casts the interceptor's result to the declared return type.
 */
@Path("/api/v1/tenants/{tenant}")
@Authenticated
@Tag(name = "models")
@Produces(MediaType.APPLICATION_JSON)
public class StageResource {

  @Inject PromotionService promotions;
  @Inject Caller caller;

  @POST
  @Path("models/{model}/versions/{version}/stage-requests")
  @Consumes(MediaType.APPLICATION_JSON)
  @TenantAccess({ADMIN, ENGINEER})
  @Idempotent
  @Audited(action = "stage.request", resource = "stage-request")
  public Response request(
      @PathParam("tenant") String tenant,
      @PathParam("model") String model,
      @PathParam("version") int version,
      @Valid @NotNull StageRequestBody body) {
    Stage target =
        Stage.fromId(body.targetStage())
            .orElseThrow(
                () ->
                    new UnprocessableException(
                        "targetStage", "must be staging, production or archived"));
    PromotionRequest request =
        promotions.request(tenant, model, version, target, body.reason(), caller.name());
    return Response.created(
            UriBuilder.fromPath("/api/v1/tenants/{t}/stage-requests/{id}")
                .build(tenant, request.id))
        .entity(PromotionView.of(request, List.of()))
        .build();
  }

  @GET
  @Path("models/{model}/versions/{version}/stage-requests")
  @TenantAccess({ADMIN, ENGINEER, VIEWER, AUDITOR})
  public List<PromotionView> list(
      @PathParam("tenant") String tenant,
      @PathParam("model") String model,
      @PathParam("version") int version) {
    return promotions.list(tenant, model, version).stream()
        .map(r -> PromotionView.of(r, promotions.approvals(tenant, r.id)))
        .toList();
  }

  @GET
  @Path("models/{model}/versions/{version}/transitions")
  @TenantAccess({ADMIN, ENGINEER, VIEWER, AUDITOR})
  public List<TransitionView> transitions(
      @PathParam("tenant") String tenant,
      @PathParam("model") String model,
      @PathParam("version") int version) {
    return promotions.transitions(tenant, model, version).stream().map(TransitionView::of).toList();
  }

  @GET
  @Path("stage-requests/{id}")
  @TenantAccess({ADMIN, ENGINEER, VIEWER, AUDITOR})
  public PromotionView get(@PathParam("tenant") String tenant, @PathParam("id") long id) {
    return PromotionView.of(promotions.get(tenant, id), promotions.approvals(tenant, id));
  }

  @POST
  @Path("stage-requests/{id}/approve")
  @Consumes(MediaType.APPLICATION_JSON)
  @TenantAccess(ADMIN)
  @Idempotent
  @Audited(action = "stage.approve", resource = "stage-request")
  public Response approve(
      @PathParam("tenant") String tenant, @PathParam("id") long id, @Valid DecisionBody body) {
    return decide(tenant, id, true, body);
  }

  @POST
  @Path("stage-requests/{id}/reject")
  @Consumes(MediaType.APPLICATION_JSON)
  @TenantAccess(ADMIN)
  @Idempotent
  @Audited(action = "stage.reject", resource = "stage-request")
  public Response reject(
      @PathParam("tenant") String tenant, @PathParam("id") long id, @Valid DecisionBody body) {
    return decide(tenant, id, false, body);
  }

  @POST
  @Path("stage-requests/{id}/cancel")
  @TenantAccess({ADMIN, ENGINEER})
  @Idempotent
  @Audited(action = "stage.cancel", resource = "stage-request")
  public Response cancel(@PathParam("tenant") String tenant, @PathParam("id") long id) {
    PromotionRequest request = promotions.cancel(tenant, id, caller.name());
    return Response.ok(PromotionView.of(request, promotions.approvals(tenant, id))).build();
  }

  private Response decide(String tenant, long id, boolean approve, DecisionBody body) {
    String comment = body == null ? null : body.comment();
    PromotionRequest request = promotions.decide(tenant, id, approve, comment, caller.name());
    return Response.ok(PromotionView.of(request, promotions.approvals(tenant, id))).build();
  }
}
