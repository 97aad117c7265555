package io.modelplane.monitoring.drift;

/** Tests on category counts of a baseline and a window over the same categories. */
final class Contingency {

  private Contingency() {}

  /**
   * Chi-square test of homogeneity on the 2 × K table (categories empty on both sides dropped).
   * Unlike a goodness-of-fit test against the baseline's proportions it treats the baseline as the
   * sample it is, and a category new in the window does not divide by zero.
   */
  static double[] chiSquare(long[] baseline, long[] window) {
    long a = 0;
    long b = 0;
    for (int k = 0; k < baseline.length; k++) {
      a += baseline[k];
      b += window[k];
    }
    double total = a + b;
    double statistic = 0;
    int categories = 0;
    for (int k = 0; k < baseline.length; k++) {
      long column = baseline[k] + window[k];
      if (column == 0) {
        continue;
      }
      categories++;
      double ea = a * column / total;
      double eb = b * column / total;
      statistic += sq(baseline[k] - ea) / ea + sq(window[k] - eb) / eb;
    }
    int df = categories - 1;
    return new double[] {statistic, SpecialFunctions.chiSquareSurvival(statistic, df)};
  }

  /**
   * Two-proportion Z-test on the first category of a binary column (pooled variance), two-sided:
   * Evidently's default for binary categoricals with a small reference.
   */
  static double[] zTest(long[] baseline, long[] window) {
    long a = baseline[0] + (baseline.length > 1 ? baseline[1] : 0);
    long b = window[0] + (window.length > 1 ? window[1] : 0);
    double pa = (double) baseline[0] / a;
    double pb = (double) window[0] / b;
    double pooled = (double) (baseline[0] + window[0]) / (a + b);
    double se = Math.sqrt(pooled * (1 - pooled) * (1.0 / a + 1.0 / b));
    if (se == 0) {
      return new double[] {0, 1};
    }
    double z = (pa - pb) / se;
    return new double[] {z, SpecialFunctions.erfc(Math.abs(z) / Math.sqrt(2))};
  }

  private static double sq(double v) {
    return v * v;
  }
}
