package io.modelplane.registry.api;

import io.modelplane.registry.artifact.ArtifactStore;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;

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
}
