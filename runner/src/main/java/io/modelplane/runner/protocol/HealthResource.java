package io.modelplane.runner.protocol;

import io.modelplane.runner.model.ServedModel;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Liveness and readiness as the protocol defines them: 200 means yes, a 4xx means no. */
@Path("/v2/health")
@Produces(MediaType.APPLICATION_JSON)
public class HealthResource {

  private final ServedModel served;

  HealthResource(ServedModel served) {
    this.served = served;
  }

  @GET
  @Path("live")
  public Readiness live() {
    return new Readiness(null, true, null, null);
  }

  @GET
  @Path("ready")
  public Response ready() {
    if (served.status() == ServedModel.Status.READY) {
      return Response.ok(new Readiness(null, null, true, null)).build();
    }
    String reason = served.failure().orElse("the model is loading");
    return Response.status(Response.Status.BAD_REQUEST)
        .entity(new Readiness(null, null, false, reason))
        .build();
  }
}
