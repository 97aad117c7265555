package io.modelplane.runner.protocol;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** GET /v2: server metadata. */
@Path("/v2")
@Produces(MediaType.APPLICATION_JSON)
public class ServerResource {

  private final String version;

  ServerResource(@ConfigProperty(name = "quarkus.application.version") String version) {
    this.version = version;
  }

  @GET
  public ServerMetadata server() {
    return new ServerMetadata("modelplane-runner", version, List.of());
  }
}
