package io.modelplane.monitoring.drift;

import java.util.Locale;
import java.util.Optional;

/**
 * The drift statistics. P-value tests flag drift when p &lt; threshold; distances when value ≥
 * threshold (as Evidently does).
 */
public enum Statistic {
  /** Two-sample Kolmogorov–Smirnov; value D, p-value exact or asymptotic. */
  KS(true, 0.05),
  /** Chi-square test of homogeneity on category (or bin) counts. */
  CHI_SQUARE(true, 0.05),
  /** Two-proportion Z-test, for binary categories. */
  Z_TEST(true, 0.05),
  /** Maximum mean discrepancy (RBF kernel) with a permutation p-value, for embeddings. */
  MMD(true, 0.05),
  /** Population stability index over the baseline's quantile bins or categories. */
  PSI(false, 0.1),
  /** Jensen–Shannon distance (base 2, within [0, 1]) over bins or categories. */
  JENSEN_SHANNON(false, 0.1),
  /** First Wasserstein distance divided by the baseline's standard deviation. */
  WASSERSTEIN(false, 0.1);

  private final boolean pValueTest;
  private final double defaultThreshold;

  Statistic(boolean pValueTest, double defaultThreshold) {
    this.pValueTest = pValueTest;
    this.defaultThreshold = defaultThreshold;
  }

  public boolean pValueTest() {
    return pValueTest;
  }

  public double defaultThreshold() {
    return defaultThreshold;
  }

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<Statistic> fromId(String id) {
    for (Statistic s : values()) {
      if (s.id().equalsIgnoreCase(id)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }
}
