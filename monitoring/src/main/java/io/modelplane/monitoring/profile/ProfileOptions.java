package io.modelplane.monitoring.profile;

/**
 * How baseline profiles are built; windows inherit these from their baseline.
 *
 * @param bins quantile bins frozen from the baseline for PSI, JS and histograms
 * @param ksGridBins finer quantile bins frozen from the baseline for KS over large windows (256:
 *     the statistic within 1/256 of exact, about 2 KB of cut points and 4 KB of counts in memory)
 * @param kllK KLL sketch size (800: Wasserstein within 0.004 of exact over 300k skewed rows, about
 *     20 KB)
 * @param exactLimit raw values kept while a numeric column has at most this many (exact KS)
 * @param reservoirSize embedding rows kept for MMD (800: with the projection below, 25.6 KB)
 * @param projection width embedding rows are randomly projected to before they are kept (16)
 * @param maxCategories category counters (exact up to this many distinct labels, top-K beyond)
 * @param seed seed of the embedding reservoirs
 */
public record ProfileOptions(
    int bins,
    int ksGridBins,
    int kllK,
    int exactLimit,
    int reservoirSize,
    int projection,
    int maxCategories,
    long seed) {

  public ProfileOptions {
    if (bins < 2
        || ksGridBins < 2
        || kllK < 8
        || exactLimit < 0
        || reservoirSize < 2
        || projection < 1
        || maxCategories < 4) {
      throw new IllegalArgumentException("profile options out of range");
    }
  }

  public static ProfileOptions defaults() {
    return new ProfileOptions(
        20, 256, 800, 10_000, 800, EmbeddingProfile.DEFAULT_PROJECTION, 256, 42L);
  }
}
