package io.modelplane.drift.service;

import io.modelplane.kernel.error.UnprocessableException;
import io.modelplane.monitor.service.DriftCounts;
import io.modelplane.monitoring.drift.ColumnDrift;
import io.modelplane.monitoring.drift.DriftReport;
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
  @Inject DriftWindows windows;

  @Override
  public List<String> columns(String tenant, long deploymentId) {
    return baselines
        .of(tenant, deploymentId)
        .map(f -> f.baseline().columns.stream().map(BaselineColumn::name).toList())
        .orElse(List.of());
  }

  /** Empty when the window holds no sampled request or the baseline went away. */
  @Override
  public Optional<Integer> driftedColumns(
      String tenant,
      long deploymentId,
      List<String> columns,
      Double threshold,
      Instant from,
      Instant to) {
    DriftReport report;
    try {
      report = windows.drift(tenant, deploymentId, from, to, threshold).report();
    } catch (UnprocessableException noBaseline) {
      return Optional.empty();
    }
    if (report.noData()) {
      return Optional.empty();
    }
    return Optional.of(
        (int)
            report.columns().stream()
                .filter(ColumnDrift::drifted)
                .filter(c -> columns.isEmpty() || columns.contains(c.column()))
                .count());
  }
}
