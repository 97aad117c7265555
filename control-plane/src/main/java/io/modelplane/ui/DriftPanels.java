package io.modelplane.ui;

import io.modelplane.drift.api.TimelineViews;
import io.modelplane.drift.service.DriftWindows;
import io.modelplane.kernel.error.UnprocessableException;
import io.modelplane.monitoring.drift.ColumnDrift;
import io.modelplane.monitoring.drift.Histogram;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Builds the monitoring page's drift panel from a window's drift report. */
@ApplicationScoped
class DriftPanels {

  @Inject DriftWindows windows;
  @Inject Clock clock;

  /** Timeline step per page window: 12 to 30 cells. */
  static final Map<String, Duration> STEPS =
      Map.of(
          "1h", Duration.ofMinutes(5),
          "6h", Duration.ofMinutes(15),
          "24h", Duration.ofHours(1),
          "7d", Duration.ofHours(6),
          "30d", Duration.ofDays(1));

  /**
   * The heatmap of the window ending now, in whole steps (the last one still filling), so cells
   * line up with stored hours and minutes.
   */
  DriftHeatmap heatmap(
      String tenant, long deploymentId, String deployment, String window, Duration length) {
    Duration step = STEPS.getOrDefault(window, Duration.ofMinutes(5));
    Instant to = DriftHeatmap.floor(clock.instant(), step.toSeconds()).plus(step);
    Instant from = to.minus(length);
    List<Instant> edges = new ArrayList<>();
    for (Instant t = from; t.isBefore(to); t = t.plus(step)) {
      edges.add(t);
    }
    edges.add(to);
    try {
      return DriftHeatmap.of(
          TimelineViews.of(
              deployment, from, to, step, windows.timeline(tenant, deploymentId, edges)));
    } catch (UnprocessableException noBaseline) {
      return DriftHeatmap.empty();
    }
  }

  DriftPanel of(String tenant, long deploymentId, Instant from, Instant to) {
    DriftWindows.Drift drift;
    try {
      drift = windows.drift(tenant, deploymentId, from, to, null);
    } catch (UnprocessableException e) {
      return DriftPanel.empty("No baseline is attached to the deployed model version.");
    }
    if (drift.report().noData()) {
      return DriftPanel.empty("No data: no request was sampled in this window.");
    }
    var r = drift.report();
    String message =
        String.format(
            Locale.ROOT,
            "%d of %d columns drifted (%.0f%%) over %d sampled requests against %s v%d%s",
            r.driftedColumns(),
            r.columns().size(),
            r.driftShare() * 100,
            drift.samples(),
            drift.model(),
            drift.version(),
            r.datasetDrift() ? ": dataset drift" : "");
    return new DriftPanel(
        message, r.datasetDrift(), r.columns().stream().map(DriftPanels::row).toList());
  }

  private static DriftPanel.Row row(ColumnDrift c) {
    return new DriftPanel.Row(
        c.column(),
        c.kind(),
        c.statistic(),
        String.format(Locale.ROOT, "%.4f", c.value()),
        String.format(Locale.ROOT, "%.4f", c.threshold()),
        c.drifted(),
        c.method(),
        bars(c.baselineHistogram(), c.windowHistogram()));
  }

  static List<DriftPanel.Bar> bars(Histogram baseline, Histogram window) {
    List<DriftPanel.Bar> bars = new ArrayList<>();
    int n = Math.min(baseline.fractions().size(), window.fractions().size());
    for (int i = 0; i < n; i++) {
      String label;
      if (i < baseline.labels().size()) {
        label = baseline.labels().get(i);
      } else if (i + 1 < baseline.edges().size()) {
        label =
            String.format(
                Locale.ROOT, "%.3g – %.3g", baseline.edges().get(i), baseline.edges().get(i + 1));
      } else {
        label = "bin " + (i + 1);
      }
      bars.add(
          new DriftPanel.Bar(
              label,
              (int) Math.round(baseline.fractions().get(i) * 100),
              (int) Math.round(window.fractions().get(i) * 100)));
    }
    return bars;
  }
}
