package io.modelplane.registry.api;

import io.modelplane.error.Problems;
import io.modelplane.reconcile.ArtifactUrls;
import io.modelplane.registry.artifact.ArtifactStore;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Where runners fetch their model artifact: no token, but a URL signed for exactly one tenant's one
 * blob ({@link ArtifactUrls}). The runner checks the sha256 itself before loading.
 */
@Path(ArtifactUrls.PATH + "{sha256}/{file}")
@PermitAll
public class RunnerArtifactResource {

  @Inject ArtifactStore store;
  @Inject ArtifactUrls urls;

  @GET
  @Produces(MediaType.APPLICATION_OCTET_STREAM)
  @Operation(hidden = true)
  public Response download(
      @PathParam("sha256") String sha256,
      @QueryParam("tenant") String tenant,
      @QueryParam("signature") String signature)
      throws java.io.IOException {
    String instance = ArtifactUrls.PATH + sha256;
    if (!urls.verify(tenant, sha256, signature)) {
      return Problems.of(403, "the artifact URL's signature is not valid", instance);
    }
    if (!sha256.matches("^[0-9a-f]{64}$") || !store.exists(tenant, sha256)) {
      return Problems.of(404, "no such artifact", instance);
    }
    return Response.ok(ArtifactStreams.of(store, tenant, sha256))
        .header("X-Artifact-Sha256", sha256)
        .build();
  }
}
