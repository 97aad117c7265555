package io.modelplane.monitoring.drift;

/**
 * A column's override of the default test: either part may be {@code null} (keep the default
 * statistic, or its default threshold).
 */
public record ColumnOptions(Statistic statistic, Double threshold) {

  public static ColumnOptions statistic(Statistic statistic) {
    return new ColumnOptions(statistic, null);
  }

  public static ColumnOptions threshold(double threshold) {
    return new ColumnOptions(null, threshold);
  }
}
