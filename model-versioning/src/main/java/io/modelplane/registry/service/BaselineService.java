package io.modelplane.registry.service;

import io.modelplane.kernel.error.NotFoundException;
import io.modelplane.kernel.error.PreconditionFailedException;
import io.modelplane.kernel.error.UnprocessableException;
import io.modelplane.registry.artifact.ArtifactStore;
import io.modelplane.registry.artifact.StagedArtifact;
import io.modelplane.registry.baseline.BaselineReader;
import io.modelplane.registry.baseline.ColumnProfiler;
import io.modelplane.registry.baseline.ColumnType;
import io.modelplane.registry.persistence.Baseline;
import io.modelplane.registry.persistence.ModelVersion;
import io.modelplane.registry.persistence.RegistryRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Baselines: the reference data monitoring compares production with and compliance scans. Stored as
 * uploaded (content-addressed, encrypted) with a column profile computed while reading it once.
 */
@ApplicationScoped
public class BaselineService {

  @Inject ArtifactStore store;
  @Inject RegistryRepository repository;
  @Inject EntityManager em;
  @Inject Clock clock;

  public Baseline attach(
      String tenant,
      String model,
      int number,
      String format,
      InputStream data,
      Map<String, ColumnType> overrides,
      String actor,
      OptionalLong ifMatch)
      throws IOException {
    try (StagedArtifact staged = store.stage(tenant, data, Optional.empty())) {
      ColumnProfiler profiler = new ColumnProfiler();
      try (InputStream in = Files.newInputStream(staged.file())) {
        BaselineReader.read(format, in, profiler::row);
      }
      if (profiler.rows() == 0) {
        throw new UnprocessableException("baseline", "has no rows");
      }
      for (String column : overrides.keySet()) {
        if (!profiler.names().contains(column)) {
          throw new UnprocessableException(
              "types", "column '" + column + "' is not in the baseline");
        }
      }
      return QuarkusTransaction.requiringNew()
          .call(
              () ->
                  save(tenant, model, number, format, staged, profiler, overrides, actor, ifMatch));
    }
  }

  public Baseline get(String tenant, String model, int number) {
    return QuarkusTransaction.joiningExisting()
        .call(
            () -> {
              ModelVersion version = repository.version(repository.model(tenant, model), number);
              Baseline baseline = em.find(Baseline.class, version.id);
              if (baseline == null) {
                throw new NotFoundException("baseline of version", model + "/" + number);
              }
              return baseline;
            });
  }

  private Baseline save(
      String tenant,
      String model,
      int number,
      String format,
      StagedArtifact staged,
      ColumnProfiler profiler,
      Map<String, ColumnType> overrides,
      String actor,
      OptionalLong ifMatch) {
    ModelVersion version = repository.version(repository.lockModel(tenant, model), number);
    Baseline baseline = em.find(Baseline.class, version.id);
    if (ifMatch.isPresent() && (baseline == null || baseline.rowVersion != ifMatch.getAsLong())) {
      throw new PreconditionFailedException("the baseline changed since you read it");
    }
    boolean created = baseline == null;
    if (created) {
      baseline = new Baseline();
      baseline.versionId = version.id;
      baseline.tenant = tenant;
    }
    baseline.format = format;
    baseline.sha256 = staged.sha256();
    baseline.size = staged.size();
    baseline.rowCount = profiler.rows();
    baseline.columns = profiler.columns(overrides);
    baseline.uploadedBy = actor;
    baseline.uploadedAt = clock.instant();
    if (created) {
      em.persist(baseline);
    }
    em.flush();
    try {
      store.commit(staged);
    } catch (IOException e) {
      throw new UncheckedIOException("could not store the baseline", e);
    }
    return baseline;
  }
}
