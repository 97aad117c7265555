package io.modelplane.privacy.service;

import io.modelplane.persistence.TenantWork;
import io.modelplane.privacy.persistence.ScanTarget;
import io.modelplane.privacy.report.Findings;
import io.modelplane.registry.persistence.Lineage;
import io.modelplane.registry.persistence.ModelFilter;
import io.modelplane.registry.persistence.ModelVersion;
import io.modelplane.registry.persistence.RegisteredModel;
import io.modelplane.registry.persistence.RegistryRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;

/**
 * Scans what people typed about models: a model's description, owner and tags, and each version's
 * description, parameters and lineage. Fields are named like JSON paths ({@code tags.team}, {@code
 * versions[3].lineage.sourceRepo}); a scan of all models prefixes them with {@code models[name].}.
 */
@ApplicationScoped
class MetadataScan {

  private static final int PAGE = 200;

  @Inject TenantWork tenantWork;
  @Inject RegistryRepository registry;

  ScanCounts scan(String tenant, ScanTarget target, Findings findings) {
    long[] fields = {0};
    Field sink =
        (location, value) -> {
          if (value != null && !value.isBlank()) {
            fields[0]++;
            findings.cell(location, value);
          }
        };
    if (target.model() != null) {
      tenantWork.run(
          tenant, () -> model(registry.model(tenant, target.model()), target.version(), "", sink));
      return new ScanCounts(fields[0], 0);
    }
    String after = null;
    while (true) {
      String cursor = after;
      List<RegisteredModel> page =
          tenantWork.inTransaction(
              tenant,
              () -> {
                List<RegisteredModel> models =
                    registry.models(
                        tenant, new ModelFilter(null, null, null, null, false, cursor, PAGE));
                List<RegisteredModel> shown =
                    models.size() > PAGE ? models.subList(0, PAGE) : models;
                shown.forEach(m -> model(m, null, "models[" + m.name + "].", sink));
                return List.copyOf(shown);
              });
      if (page.size() < PAGE) {
        return new ScanCounts(fields[0], 0);
      }
      after = page.getLast().name;
    }
  }

  private void model(RegisteredModel model, Integer only, String prefix, Field sink) {
    sink.cell(prefix + "description", model.description);
    sink.cell(prefix + "owner", model.owner);
    map(prefix + "tags.", model.tags, sink);
    List<ModelVersion> versions =
        only != null
            ? List.of(registry.version(model, only))
            : registry.versions(model, 0, Integer.MAX_VALUE);
    for (ModelVersion v : versions) {
      String at = prefix + "versions[" + v.number + "].";
      sink.cell(at + "description", v.description);
      map(at + "parameters.", v.parameters, sink);
      lineage(at + "lineage.", v.lineage, sink);
    }
  }

  private static void map(String prefix, Map<String, String> values, Field sink) {
    if (values != null) {
      values.forEach((k, v) -> sink.cell(prefix + k, v));
    }
  }

  private static void lineage(String prefix, Lineage lineage, Field sink) {
    if (lineage == null) {
      return;
    }
    sink.cell(prefix + "sourceRepo", lineage.sourceRepo());
    sink.cell(prefix + "sourceCommit", lineage.sourceCommit());
    sink.cell(prefix + "pipelineRunUrl", lineage.pipelineRunUrl());
    sink.cell(prefix + "trainingDataUri", lineage.trainingDataUri());
    sink.cell(prefix + "trainingDataDigest", lineage.trainingDataDigest());
  }

  @FunctionalInterface
  private interface Field {
    void cell(String location, String value);
  }
}
