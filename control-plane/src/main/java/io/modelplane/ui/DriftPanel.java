package io.modelplane.ui;

import java.util.List;

/**
 * The drift part of a deployment's monitoring page: a verdict line, one row per column with its
 * statistic and baseline-vs-window histogram bars, or why there is nothing to show.
 */
record DriftPanel(String message, boolean datasetDrift, List<Row> columns) {

  /** One column: statistic, value, threshold, drifted, and paired histogram bars. */
  record Row(
      String column,
      String kind,
      String statistic,
      String value,
      String threshold,
      boolean drifted,
      String method,
      List<Bar> bars) {}

  /** One bin: its label and the baseline and window shares as bar heights in percent. */
  record Bar(String label, int baseline, int window) {}

  static DriftPanel empty(String message) {
    return new DriftPanel(message, false, List.of());
  }
}
