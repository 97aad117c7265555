package io.modelplane.monitoring.drift;

import java.util.Map;

/**
 * @param columns per-column overrides of statistic and threshold
 * @param driftShare the dataset drifts when at least this share of compared columns drift
 * @param smallReference a baseline column with at most this many values gets the small-sample tests
 *     (KS, chi-square, Z), a larger one the distances (Wasserstein, Jensen–Shannon)
 * @param permutations permutations of the MMD test
 * @param seed seed of the MMD permutations
 */
public record DriftOptions(
    Map<String, ColumnOptions> columns,
    double driftShare,
    long smallReference,
    int permutations,
    long seed) {

  public DriftOptions {
    columns = Map.copyOf(columns);
    if (!(driftShare > 0 && driftShare <= 1) || permutations < 1) {
      throw new IllegalArgumentException("driftShare must be in (0, 1] and permutations positive");
    }
  }

  public static DriftOptions defaults() {
    return new DriftOptions(Map.of(), 0.5, 1000, 200, 42L);
  }

  public DriftOptions withColumn(String column, ColumnOptions options) {
    Map<String, ColumnOptions> more = new java.util.HashMap<>(columns);
    more.put(column, options);
    return new DriftOptions(more, driftShare, smallReference, permutations, seed);
  }

  public DriftOptions withDriftShare(double share) {
    return new DriftOptions(columns, share, smallReference, permutations, seed);
  }

  ColumnOptions column(String name) {
    return columns.getOrDefault(name, new ColumnOptions(null, null));
  }
}
