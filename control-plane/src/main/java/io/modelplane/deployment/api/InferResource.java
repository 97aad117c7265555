package io.modelplane.deployment.api;

import static io.modelplane.security.TenantRole.ADMIN;
import static io.modelplane.security.TenantRole.ENGINEER;
import static io.modelplane.security.TenantRole.VIEWER;

import io.modelplane.backend.DeploymentKey;
import io.modelplane.deployment.service.DeploymentQueries;
import io.modelplane.error.Problems;
import io.modelplane.gateway.Gateway;
import io.modelplane.gateway.RoutingTable;
import io.modelplane.kernel.error.DomainException.FieldError;
import io.modelplane.security.NoStateChange;
import io.modelplane.security.TenantAccess;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.buffer.Buffer;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
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
    return forward(tenant, deployment, Buffer.buffer(body), -1);
  }

  /**
   * The Open Inference Protocol's binary tensor data extension: the first {@code
   * Inference-Header-Content-Length} bytes are the JSON request, the rest raw tensor data.
   * Forwarded as it is; a sampled request is stored with the data decoded into JSON.
   */
  @POST
  @Consumes(MediaType.APPLICATION_OCTET_STREAM)
  @Produces(MediaType.APPLICATION_JSON)
  @TenantAccess({ADMIN, ENGINEER, VIEWER})
  @NoStateChange("counted per revision in modelplane_gateway_requests and sampled payloads")
  public Uni<Response> inferBinary(
      @PathParam("tenant") String tenant,
      @PathParam("deployment") String deployment,
      @HeaderParam(Gateway.HEADER_LENGTH) String jsonLength,
      byte[] body) {
    int length = jsonLength(jsonLength, body.length);
    if (length < 0) {
      return Uni.createFrom()
          .item(
              Problems.of(
                  400,
                  "a binary inference request needs the length of its JSON part",
                  instance(tenant, deployment),
                  List.of(
                      new FieldError(
                          Gateway.HEADER_LENGTH,
                          "must be a whole number of bytes from 0 to the body's " + body.length))));
    }
    return forward(tenant, deployment, Buffer.buffer(body), length);
  }

  private static int jsonLength(String header, int bodyLength) {
    try {
      int length = header == null ? -1 : Integer.parseInt(header.trim());
      return length <= bodyLength ? length : -1;
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static String instance(String tenant, String deployment) {
    return "/api/v1/tenants/" + tenant + "/deployments/" + deployment + "/infer";
  }

  private Uni<Response> forward(String tenant, String deployment, Buffer body, int jsonLength) {
    String instance = instance(tenant, deployment);
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
        .infer(route.get(), body, jsonLength)
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
