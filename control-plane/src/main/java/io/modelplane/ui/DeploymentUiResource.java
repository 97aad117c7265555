package io.modelplane.ui;

import static io.modelplane.security.TenantRole.ADMIN;
import static io.modelplane.security.TenantRole.AUDITOR;
import static io.modelplane.security.TenantRole.ENGINEER;
import static io.modelplane.security.TenantRole.VIEWER;

import io.modelplane.audit.service.Audited;
import io.modelplane.deployment.api.DeploymentView;
import io.modelplane.deployment.api.RevisionView;
import io.modelplane.deployment.service.DeploymentQueries;
import io.modelplane.deployment.service.DeploymentService;
import io.modelplane.kernel.error.InvalidInputException;
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
import java.util.Set;

/**
 * Deployment pages of the admin UI: status, traffic, rollout and revisions for every role; promote,
 * abort and roll back for admins and engineers. A refused action comes back to the page with its
 * reason (see {@code error.FormFailures}).
 */
@Path("/ui/t/{tenant}/deployments")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class DeploymentUiResource {

  private static final int PAGE = 200;
  private static final int REVISIONS = 50;

  @Inject Caller caller;
  @Inject DeploymentQueries queries;
  @Inject DeploymentService deployments;

  @GET
  @TenantAccess({ADMIN, ENGINEER, VIEWER, AUDITOR})
  public TemplateInstance list(
      @PathParam("tenant") String tenant, @QueryParam("error") String error) {
    var rows =
        queries.list(tenant, null, PAGE).stream()
            .map(d -> DeploymentView.of(d.deployment(), d.current(), d.rollout()))
            .map(DeploymentPages.Row::of)
            .toList();
    return DeploymentPages.deployments(shell(tenant, error), rows);
  }

  @GET
  @Path("{deployment}")
  @TenantAccess({ADMIN, ENGINEER, VIEWER, AUDITOR})
  public TemplateInstance deployment(
      @PathParam("tenant") String tenant,
      @PathParam("deployment") String name,
      @QueryParam("error") String error) {
    var details = queries.details(tenant, name);
    var view = DeploymentView.of(details.deployment(), details.current(), details.rollout());
    var revisions =
        queries.revisions(tenant, name, null, REVISIONS).stream().map(RevisionView::of).toList();
    Set<TenantRole> roles = caller.memberships().rolesIn(tenant);
    return DeploymentPages.deployment(
        shell(tenant, error),
        DeploymentPages.Row.of(view),
        revisions,
        roles.contains(ADMIN) || roles.contains(ENGINEER));
  }

  @POST
  @Path("{deployment}/rollout/promote")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @TenantAccess({ADMIN, ENGINEER})
  @Audited(action = "rollout.promote", resource = "deployment")
  public Response promote(
      @PathParam("tenant") String tenant,
      @PathParam("deployment") String name,
      @FormParam("reason") String reason) {
    deployments.promote(tenant, name, required(reason), caller.name());
    return backTo(tenant, name);
  }

  @POST
  @Path("{deployment}/rollout/abort")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @TenantAccess({ADMIN, ENGINEER})
  @Audited(action = "rollout.abort", resource = "deployment")
  public Response abort(
      @PathParam("tenant") String tenant,
      @PathParam("deployment") String name,
      @FormParam("reason") String reason) {
    deployments.abort(tenant, name, required(reason), caller.name());
    return backTo(tenant, name);
  }

  @POST
  @Path("{deployment}/rollback")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @TenantAccess({ADMIN, ENGINEER})
  @Audited(action = "deployment.rollback", resource = "deployment")
  public Response rollback(
      @PathParam("tenant") String tenant,
      @PathParam("deployment") String name,
      @FormParam("toRevision") Integer toRevision,
      @FormParam("reason") String reason) {
    deployments.rollback(tenant, name, toRevision, required(reason), caller.name());
    return backTo(tenant, name);
  }

  /** The API's rule for reasons ({@code ReasonRequest}), which a form cannot declare. */
  private static String required(String reason) {
    if (reason == null || reason.isBlank()) {
      throw new InvalidInputException("reason", "is required");
    }
    if (reason.length() > 1000) {
      throw new InvalidInputException("reason", "must be at most 1000 characters");
    }
    return reason.trim();
  }

  private static Response backTo(String tenant, String deployment) {
    return Response.seeOther(URI.create("/ui/t/" + tenant + "/deployments/" + deployment)).build();
  }

  private Shell shell(String tenant, String error) {
    return Shell.of(caller, tenant).withError(error);
  }
}
