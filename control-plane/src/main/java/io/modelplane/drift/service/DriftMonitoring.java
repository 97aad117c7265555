package io.modelplane.drift.service;

import io.modelplane.monitor.service.DriftCounts;
import io.modelplane.registry.baseline.BaselineColumn;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Drift as monitors see it: the baseline's columns, and how many drifted over a window. */
@ApplicationScoped
public class DriftMonitoring implements DriftCounts {

  @Inject DeploymentBaselines baselines;

  @Override
  public List<String> columns(String tenant, long deploymentId) {
    return baselines
        .of(tenant, deploymentId)
        .map(f -> f.baseline().columns.stream().map(BaselineColumn::name).toList())
        .orElse(List.of());
  }

  @Override
  public Optional<Integer> driftedColumns(
      String tenant,
      long deploymentId,
      List<String> columns,
      Double threshold,
      Instant from,
      Instant to) {
    return Optional.empty();
  }
}
