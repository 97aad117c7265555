package io.modelplane.drift.service;

import io.modelplane.drift.service.DriftTargets.Target;
import io.modelplane.drift.service.WindowProfiles.Window;
import io.modelplane.kernel.error.UnprocessableException;
import io.modelplane.monitoring.drift.ColumnOptions;
import io.modelplane.monitoring.drift.DriftEvaluator;
import io.modelplane.monitoring.drift.DriftOptions;
import io.modelplane.monitoring.drift.DriftReport;
import io.modelplane.monitoring.profile.DatasetProfile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Drift of a deployment's sampled requests (and answers) over a window against its baseline — for
 * the API, the monitoring page and drift monitors alike. The window's profile is merged from the
 * minute and hour profiles built at ingest; only what they do not account for is re-profiled from
 * the samples ({@link WindowProfiles}). Every column is then compared with the baseline.
 */
@ApplicationScoped
@Transactional
public class DriftWindows {

  /**
   * A window's drift with what it was measured against; {@code storedSamples} of the {@code
   * samples} were answered from profiles stored at ingest.
   */
  public record Drift(
      String model, int version, long samples, long storedSamples, DriftReport report) {}

  /** One bucket of a timeline. */
  public record Step(Instant from, Instant to, long samples, DriftReport report) {}

  /** A timeline with what it was measured against; {@code columns}: the baseline's, in order. */
  public record Timeline(String model, int version, List<String> columns, List<Step> steps) {}

  @Inject DriftTargets targets;
  @Inject WindowProfiles windows;

  public Drift drift(String tenant, long deploymentId, Instant from, Instant to, Double threshold) {
    Target target = target(tenant, deploymentId);
    Window w = windows.windows(deploymentId, target, List.of(from, to)).getFirst();
    return new Drift(
        target.model(),
        target.version(),
        w.samples(),
        w.stored(),
        DriftEvaluator.evaluate(
            target.baseline(), w.profile(), options(target.baseline(), threshold)));
  }

  /** Drift per bucket [edges[i], edges[i+1]). */
  public Timeline timeline(String tenant, long deploymentId, List<Instant> edges) {
    Target target = target(tenant, deploymentId);
    DriftOptions options = options(target.baseline(), null);
    List<Step> steps = new ArrayList<>();
    for (Window w : windows.windows(deploymentId, target, edges)) {
      steps.add(
          new Step(
              w.from(),
              w.to(),
              w.samples(),
              DriftEvaluator.evaluate(target.baseline(), w.profile(), options)));
    }
    return new Timeline(
        target.model(),
        target.version(),
        target.baseline().columns().stream().map(c -> c.name()).toList(),
        steps);
  }

  private Target target(String tenant, long deploymentId) {
    return targets.load(tenant, deploymentId).orElseThrow(DriftWindows::noBaseline);
  }

  private static UnprocessableException noBaseline() {
    return new UnprocessableException(
        "deployment", "its model version has no baseline to compare with");
  }

  /** The defaults, or one threshold for every column's default statistic. */
  static DriftOptions options(DatasetProfile baseline, Double threshold) {
    DriftOptions options = DriftOptions.defaults();
    if (threshold != null) {
      for (var column : baseline.columns()) {
        options = options.withColumn(column.name(), ColumnOptions.threshold(threshold));
      }
    }
    return options;
  }
}
