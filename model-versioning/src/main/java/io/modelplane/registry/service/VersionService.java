package io.modelplane.registry.service;

import io.modelplane.kernel.error.UnprocessableException;
import io.modelplane.registry.artifact.ArtifactStore;
import io.modelplane.registry.artifact.StagedArtifact;
import io.modelplane.registry.inspect.ModelSignature;
import io.modelplane.registry.persistence.ModelVersion;
import io.modelplane.registry.persistence.RegisteredModel;
import io.modelplane.registry.persistence.RegistryRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/** Immutable model versions: numbered per model under a row lock, their artifact stored once. */
@ApplicationScoped
public class VersionService {

  @Inject RegistryRepository repository;
  @Inject ArtifactStore store;
  @Inject Clock clock;

  /**
   * Records a version whose artifact was already staged and checked. The blob is committed inside
   * the transaction, so a failure before commit leaves neither a version nor a new blob.
   */
  @Transactional
  public ModelVersion create(
      String tenant,
      String modelName,
      VersionDraft draft,
      StagedArtifact artifact,
      ModelSignature signature,
      boolean signatureDeclared,
      String actor) {
    RegisteredModel model = repository.lockModel(tenant, modelName);
    Integer parent = draft.lineage().parentVersion();
    if (parent != null && repository.findVersion(model, parent).isEmpty()) {
      throw new UnprocessableException(
          "lineage.parentVersion", "version " + parent + " does not exist");
    }
    ModelVersion version = new ModelVersion();
    version.tenant = tenant;
    version.model = model;
    version.number = model.nextNumber;
    version.engine = draft.engine().id();
    version.artifactSha256 = artifact.sha256();
    version.artifactSize = artifact.size();
    version.signature = signature;
    version.signatureSource = signatureDeclared ? "declared" : "inspected";
    version.metrics = draft.metrics() == null ? Map.of() : Map.copyOf(draft.metrics());
    version.parameters = draft.parameters() == null ? Map.of() : Map.copyOf(draft.parameters());
    version.lineage = draft.lineage();
    version.description = draft.description() == null ? "" : draft.description();
    version.stage = Stage.NONE.id();
    version.registeredBy = actor;
    version.registeredAt = clock.instant();
    model.nextNumber++;
    model.updatedAt = version.registeredAt;
    repository.persist(version);
    repository.flush();
    try {
      store.commit(artifact);
    } catch (IOException e) {
      throw new UncheckedIOException("could not store the artifact", e);
    }
    return version;
  }

  @Transactional
  public ModelVersion get(String tenant, String modelName, int number) {
    return repository.version(repository.model(tenant, modelName), number);
  }

  @Transactional
  public List<ModelVersion> list(String tenant, String modelName, int afterNumber, int limit) {
    return repository.versions(repository.model(tenant, modelName), afterNumber, limit);
  }
}
