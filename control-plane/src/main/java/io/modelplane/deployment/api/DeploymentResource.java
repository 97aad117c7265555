package io.modelplane.deployment.api;

import static io.modelplane.security.TenantRole.ADMIN;
import static io.modelplane.security.TenantRole.AUDITOR;
import static io.modelplane.security.TenantRole.ENGINEER;
import static io.modelplane.security.TenantRole.VIEWER;

import io.modelplane.audit.service.Audited;
import io.modelplane.deployment.persistence.Deployment;
import io.modelplane.deployment.persistence.DeploymentRevision;
import io.modelplane.deployment.service.DeploymentQueries;
import io.modelplane.deployment.service.DeploymentService;
import io.modelplane.deployment.service.DeploymentSettings;
import io.modelplane.deployment.service.SpecDefaults;
import io.modelplane.deployment.service.SpecPatch;
import io.modelplane.kernel.error.NotFoundException;
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
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Deployments: create, change (each change a revision), roll back, steer a rollout, delete. The
 * reconciler makes the runtime follow; {@code GET} shows what it observed.
 */
@Path("/api/v1/tenants/{tenant}/deployments")
@Authenticated
@Tag(name = "deployments")
@Produces(MediaType.APPLICATION_JSON)
public class DeploymentResource {

  @Inject DeploymentService deployments;
  @Inject DeploymentQueries queries;
  @Inject DeploymentSettings settings;
  @Inject Caller caller;

  @GET
  @TenantAccess({ADMIN, ENGINEER, VIEWER, AUDITOR})
  public Page<DeploymentView> list(
      @PathParam("tenant") String tenant, @Valid @BeanParam PageParams page) {
    var rows = queries.list(tenant, page.after, page.limit + 1);
    return Page.of(
        rows,
        page.limit,
        d -> DeploymentView.of(d.deployment(), d.current(), d.rollout()),
        d -> d.deployment().name);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @TenantAccess({ADMIN, ENGINEER})
  @Audited(action = "deployment.create", resource = "deployment")
  @Idempotent
  public Response create(
      @PathParam("tenant") String tenant,
      @Valid @NotNull CreateDeploymentRequest request,
      @jakarta.ws.rs.core.Context UriInfo uri) {
    var spec =
        SpecDefaults.complete(
            settings,
            request.model(),
            request.version(),
            request.alias(),
            request.replicas(),
            request.resources(),
            request.tolerations(),
            request.image(),
            request.env(),
            request.sampling(),
            request.rollout());
    Deployment d =
        deployments.create(
            tenant,
            request.name(),
            request.environment(),
            request.backend(),
            spec,
            request.reason(),
            caller.name());
    return Response.created(uri.getAbsolutePathBuilder().path(d.name).build())
        .entity(view(queries.details(tenant, d.name)))
        .tag(ETags.of(d.rowVersion))
        .build();
  }

  @GET
  @Path("{deployment}")
  @TenantAccess({ADMIN, ENGINEER, VIEWER, AUDITOR})
  public Response get(
      @PathParam("tenant") String tenant, @PathParam("deployment") String deployment) {
    var details = queries.details(tenant, deployment);
    return Response.ok(view(details)).tag(ETags.of(details.deployment().rowVersion)).build();
  }

  /** Changes the spec: a new revision, taking traffic directly or as a canary. */
  @PATCH
  @Path("{deployment}")
  @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
  @TenantAccess({ADMIN, ENGINEER})
  @Audited(action = "deployment.update", resource = "deployment")
  @Idempotent
  public Response update(
      @PathParam("tenant") String tenant,
      @PathParam("deployment") String deployment,
      @HeaderParam("If-Match") String ifMatch,
      @Valid @NotNull UpdateDeploymentRequest request) {
    var patch =
        new SpecPatch(
            request.model(),
            request.version(),
            request.alias(),
            request.replicas(),
            request.resources(),
            request.tolerations(),
            request.image(),
            request.env(),
            request.sampling(),
            request.rollout() == null ? null : SpecDefaults.withGates(request.rollout()));
    Deployment d =
        deployments.update(
            tenant, deployment, patch, request.reason(), caller.name(), ETags.ifMatch(ifMatch));
    return Response.ok(view(queries.details(tenant, d.name))).tag(ETags.of(d.rowVersion)).build();
  }

  @DELETE
  @Path("{deployment}")
  @TenantAccess({ADMIN, ENGINEER})
  @Audited(action = "deployment.delete", resource = "deployment")
  public Response delete(
      @PathParam("tenant") String tenant,
      @PathParam("deployment") String deployment,
      @HeaderParam("If-Match") String ifMatch) {
    deployments.delete(tenant, deployment, ETags.ifMatch(ifMatch));
    return Response.noContent().build();
  }

  /** Revisions, newest first; {@code ?before=} pages back. */
  @GET
  @Path("{deployment}/revisions")
  @TenantAccess({ADMIN, ENGINEER, VIEWER, AUDITOR})
  public Page<RevisionView> revisions(
      @PathParam("tenant") String tenant,
      @PathParam("deployment") String deployment,
      @Valid @BeanParam PageParams page) {
    Integer before = page.after == null ? null : parseRevision(page.after);
    var rows = queries.revisions(tenant, deployment, before, page.limit + 1);
    return Page.of(rows, page.limit, RevisionView::of, r -> Integer.toString(r.number));
  }

  @GET
  @Path("{deployment}/revisions/{number}")
  @TenantAccess({ADMIN, ENGINEER, VIEWER, AUDITOR})
  public RevisionView revision(
      @PathParam("tenant") String tenant,
      @PathParam("deployment") String deployment,
      @PathParam("number") int number) {
    DeploymentRevision r = queries.revision(tenant, deployment, number);
    return RevisionView.of(r);
  }

  /** A new revision equal to an earlier one, with all traffic at once. */
  @POST
  @Path("{deployment}/rollback")
  @Consumes(MediaType.APPLICATION_JSON)
  @TenantAccess({ADMIN, ENGINEER})
  @Audited(action = "deployment.rollback", resource = "deployment")
  @Idempotent
  @APIResponse(
      responseCode = "200",
      content = @Content(schema = @Schema(implementation = DeploymentView.class)))
  public Response rollback(
      @PathParam("tenant") String tenant,
      @PathParam("deployment") String deployment,
      @Valid @NotNull RollbackRequest request) {
    Deployment d =
        deployments.rollback(
            tenant, deployment, request.toRevision(), request.reason(), caller.name());
    return Response.ok(view(queries.details(tenant, d.name))).build();
  }

  @GET
  @Path("{deployment}/rollout")
  @TenantAccess({ADMIN, ENGINEER, VIEWER, AUDITOR})
  public RolloutView rollout(
      @PathParam("tenant") String tenant, @PathParam("deployment") String deployment) {
    return queries
        .rollout(tenant, deployment)
        .map(RolloutView::of)
        .orElseThrow(() -> new NotFoundException("rollout of deployment", deployment));
  }

  @POST
  @Path("{deployment}/rollout/promote")
  @Consumes(MediaType.APPLICATION_JSON)
  @TenantAccess({ADMIN, ENGINEER})
  @Audited(action = "rollout.promote", resource = "deployment")
  @Idempotent
  @APIResponse(
      responseCode = "200",
      content = @Content(schema = @Schema(implementation = RolloutView.class)))
  public Response promote(
      @PathParam("tenant") String tenant,
      @PathParam("deployment") String deployment,
      @Valid @NotNull ReasonRequest request) {
    return Response.ok(
            RolloutView.of(
                deployments.promote(tenant, deployment, request.reason(), caller.name())))
        .build();
  }

  @POST
  @Path("{deployment}/rollout/abort")
  @Consumes(MediaType.APPLICATION_JSON)
  @TenantAccess({ADMIN, ENGINEER})
  @Audited(action = "rollout.abort", resource = "deployment")
  @Idempotent
  @APIResponse(
      responseCode = "200",
      content = @Content(schema = @Schema(implementation = RolloutView.class)))
  public Response abort(
      @PathParam("tenant") String tenant,
      @PathParam("deployment") String deployment,
      @Valid @NotNull ReasonRequest request) {
    return Response.ok(
            RolloutView.of(deployments.abort(tenant, deployment, request.reason(), caller.name())))
        .build();
  }

  private static DeploymentView view(DeploymentQueries.Details d) {
    return DeploymentView.of(d.deployment(), d.current(), d.rollout());
  }

  private static int parseRevision(String cursor) {
    try {
      return Integer.parseInt(cursor);
    } catch (NumberFormatException e) {
      throw new io.modelplane.kernel.error.InvalidInputException(
          "after", "must be a revision number from nextCursor");
    }
  }
}
