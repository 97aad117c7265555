package io.modelplane.deployment.api;

import static io.modelplane.security.TenantRole.ADMIN;
import static io.modelplane.security.TenantRole.ENGINEER;
import static io.modelplane.security.TenantRole.VIEWER;

import io.modelplane.backend.DeploymentKey;
import io.modelplane.deployment.service.DeploymentQueries;
import io.modelplane.error.Problems;
import io.modelplane.gateway.Gateway;
import io.modelplane.gateway.RoutingTable;
import io.modelplane.security.NoStateChange;
import io.modelplane.security.TenantAccess;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.buffer.Buffer;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The inference gateway's entry: an Open Inference Protocol v2 request to a deployment, answered by
 * one of its runner replicas (the body is the runner's, with {@code model_version}). Non-blocking:
 * a routed request never leaves the event loop.
 */
@Path("/api/v1/tenants/{tenant}/deployments/{deployment}/infer")
@Authenticated
@Tag(name = "inference")
public class InferResource {

  @Inject Gateway gateway;
  @Inject RoutingTable routing;
  @Inject DeploymentQueries queries;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @TenantAccess({ADMIN, ENGINEER, VIEWER})
  @NoStateChange("counted per revision in modelplane_gateway_requests and sampled payloads")
  public Uni<Response> infer(
      @PathParam("tenant") String tenant, @PathParam("deployment") String deployment, byte[] body) {
    String instance = "/api/v1/tenants/" + tenant + "/deployments/" + deployment + "/infer";
    var route = routing.route(new DeploymentKey(tenant, deployment));
    if (route.isEmpty()) {
      // not routed (yet): 404 when it does not exist, else 503; asks the database, off the event
      // loop
      return Uni.createFrom()
          .item(
              () -> {
                queries.details(tenant, deployment);
                return Problems.of(
                    503, "deployment " + deployment + " has no ready replica yet", instance);
              })
          .runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }
    return gateway
        .infer(route.get(), Buffer.buffer(body))
        .map(
            answer -> {
              if (answer.body() == null) {
                return Problems.of(
                    answer.status(),
                    switch (answer.status()) {
                      case 503 -> "no ready replica of deployment " + deployment;
                      case 504 ->
                          "no replica of deployment "
                              + deployment
                              + " answered within the gateway timeout";
                      default -> "no replica of deployment " + deployment + " could be reached";
                    },
                    instance);
              }
              return Response.status(answer.status())
                  .type(MediaType.APPLICATION_JSON)
                  .entity(answer.body().getBytes())
                  .header("X-Modelplane-Revision", answer.revision())
                  .header("X-Modelplane-Replica", answer.replica())
                  .build();
            });
  }
}
