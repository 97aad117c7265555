package io.modelplane.monitoring.drift;

/**
 * One column's comparison.
 *
 * @param kind {@code numeric}, {@code categorical}, {@code text} or {@code embedding}
 * @param statistic the {@link Statistic#id()} used
 * @param value the statistic's value (D, PSI, distance, chi-square, z, MMD²)
 * @param threshold p-value threshold for tests, distance threshold otherwise
 * @param pValue the test's p-value, {@code null} for distances
 * @param method {@code exact} when computed from all values (or exact bin counts), {@code sketch}
 *     when from a quantile sketch, an evicting frequency sketch or a reservoir sample
 */
public record ColumnDrift(
    String column,
    String kind,
    String statistic,
    double value,
    double threshold,
    boolean drifted,
    Double pValue,
    String method,
    Histogram baselineHistogram,
    Histogram windowHistogram,
    long baselineCount,
    long windowCount) {

  public static final String EXACT = "exact";
  public static final String SKETCH = "sketch";
}
