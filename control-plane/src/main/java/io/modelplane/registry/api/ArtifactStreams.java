package io.modelplane.registry.api;

import io.modelplane.registry.artifact.ArtifactStore;
import io.modelplane.registry.persistence.ModelVersion;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import java.util.Base64;
import java.util.HexFormat;

/** Streams a stored blob (decrypting it) to an HTTP response without buffering it. */
public final class ArtifactStreams {

  private ArtifactStreams() {}

  public static StreamingOutput of(ArtifactStore store, String tenant, String sha256) {
    return out -> {
      try (InputStream in = store.open(tenant, sha256)) {
        in.transferTo(out);
      }
    };
  }

  /** The RFC 3230 {@code Digest} header value of a SHA-256 given in hex. */
  public static String digest(String sha256) {
    return "sha-256=" + Base64.getEncoder().encodeToString(HexFormat.of().parseHex(sha256));
  }

  /** A version's artifact as a download, with its digest in the headers (API and UI alike). */
  public static Response download(ArtifactStore store, ModelVersion version) {
    String sha = version.artifactSha256;
    String file = version.model.name + "-v" + version.number + ".bin";
    return Response.ok(of(store, version.tenant, sha), MediaType.APPLICATION_OCTET_STREAM)
        .header("Content-Length", version.artifactSize)
        .header("Digest", digest(sha))
        .header("X-Artifact-Sha256", sha)
        .header("Content-Disposition", "attachment; filename=\"" + file + "\"")
        .tag(sha)
        .build();
  }
}
