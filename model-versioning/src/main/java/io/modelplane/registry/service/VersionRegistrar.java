package io.modelplane.registry.service;

import io.modelplane.kernel.error.UnprocessableException;
import io.modelplane.registry.artifact.ArtifactStore;
import io.modelplane.registry.artifact.DigestMismatchException;
import io.modelplane.registry.artifact.StagedArtifact;
import io.modelplane.registry.inspect.ArtifactInspector;
import io.modelplane.registry.inspect.InvalidArtifactException;
import io.modelplane.registry.inspect.ModelSignature;
import io.modelplane.registry.inspect.SignatureCheck;
import io.modelplane.registry.inspect.SignatureNotReadableException;
import io.modelplane.registry.persistence.ModelVersion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * Registration of a version, in the order that keeps bad uploads out: stream the artifact to a
 * staging file (checking the client's sha256), open it with its engine, compare the signature, and
 * only then number the version and store the blob. Any refusal leaves nothing behind.
 */
@ApplicationScoped
public class VersionRegistrar {

  @Inject ArtifactStore store;
  @Inject ArtifactInspector inspector;
  @Inject VersionService versions;

  public ModelVersion register(
      String tenant, String model, VersionDraft draft, InputStream artifact, String actor)
      throws IOException {
    try (StagedArtifact staged = stage(tenant, draft, artifact)) {
      ModelSignature actual = inspect(staged, draft);
      ModelSignature signature = draft.signature().orElse(actual);
      if (draft.signature().isPresent() && actual != null) {
        List<String> mismatches = SignatureCheck.mismatches(draft.signature().get(), actual);
        if (!mismatches.isEmpty()) {
          throw new UnprocessableException("signature", String.join("; ", mismatches));
        }
      }
      if (signature == null) {
        throw new UnprocessableException(
            "signature",
            "this artifact does not describe its inputs and outputs: declare a signature");
      }
      return versions.create(
          tenant, model, draft, staged, signature, draft.signature().isPresent(), actor);
    }
  }

  private StagedArtifact stage(String tenant, VersionDraft draft, InputStream artifact)
      throws IOException {
    try {
      return store.stage(tenant, artifact, draft.sha256());
    } catch (DigestMismatchException e) {
      throw new UnprocessableException("sha256", e.getMessage());
    }
  }

  /** The served signature, or null when the engine cannot tell it (PyTorch without metadata). */
  private ModelSignature inspect(StagedArtifact staged, VersionDraft draft) {
    try {
      return inspector.inspect(staged.file(), draft.engine());
    } catch (SignatureNotReadableException e) {
      return null;
    } catch (InvalidArtifactException e) {
      throw new UnprocessableException("artifact", e.getMessage());
    }
  }
}
