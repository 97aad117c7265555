package io.modelplane.monitoring.drift;

/** A statistic's value, p-value (null for distances) and how it was computed. */
record Outcome(double value, Double pValue, String method) {

  ColumnDrift drift(
      String column,
      String kind,
      Statistic stat,
      double threshold,
      Histogram baseline,
      Histogram window,
      long baselineCount,
      long windowCount) {
    boolean drifted = stat.pValueTest() ? pValue < threshold : value >= threshold;
    return new ColumnDrift(
        column,
        kind,
        stat.id(),
        value,
        threshold,
        drifted,
        pValue,
        method,
        baseline,
        window,
        baselineCount,
        windowCount);
  }
}
