package io.modelplane.monitoring.profile;

/**
 * How baseline profiles are built; windows inherit these from their baseline.
 *
 * @param bins quantile bins frozen from the baseline for PSI, JS and histograms
 * @param kllK KLL sketch size (200: ~1.3% normalised rank error, a few KB)
 * @param exactLimit raw values kept while a numeric column has at most this many (exact KS)
 * @param reservoirSize embedding rows kept for MMD
 * @param lgMaxCategories log2 of the frequent-items map size for categories (9: 384 exact labels)
 * @param seed seed of the embedding reservoirs
 */
public record ProfileOptions(
    int bins, int kllK, int exactLimit, int reservoirSize, int lgMaxCategories, long seed) {

  public ProfileOptions {
    if (bins < 2 || kllK < 8 || exactLimit < 0 || reservoirSize < 2 || lgMaxCategories < 3) {
      throw new IllegalArgumentException("profile options out of range");
    }
  }

  public static ProfileOptions defaults() {
    return new ProfileOptions(20, 200, 10_000, 500, 9, 42L);
  }
}
