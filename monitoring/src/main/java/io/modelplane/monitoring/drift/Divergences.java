package io.modelplane.monitoring.drift;

/** Distances between two binned distributions given as counts over the same bins. */
final class Divergences {

  /**
   * Empty-bin smoothing for PSI: a bin's fraction is at least this (as Evidently does), so a bin
   * empty on one side contributes a large but finite term instead of infinity.
   */
  static final double PSI_EPSILON = 1e-4;

  private Divergences() {}

  static double[] fractions(long[] counts) {
    long total = 0;
    for (long c : counts) {
      total += c;
    }
    double[] f = new double[counts.length];
    for (int i = 0; i < counts.length; i++) {
      f[i] = total == 0 ? 0 : (double) counts[i] / total;
    }
    return f;
  }

  /**
   * Population stability index Σ (w − b)·ln(w / b) over fractions floored at {@link #PSI_EPSILON}.
   */
  static double psi(double[] baseline, double[] window) {
    double psi = 0;
    for (int i = 0; i < baseline.length; i++) {
      double b = Math.max(baseline[i], PSI_EPSILON);
      double w = Math.max(window[i], PSI_EPSILON);
      psi += (w - b) * Math.log(w / b);
    }
    return psi;
  }

  /** Jensen–Shannon distance with base-2 logarithms: sqrt of the divergence, within [0, 1]. */
  static double jensenShannon(double[] p, double[] q) {
    double js = 0;
    for (int i = 0; i < p.length; i++) {
      double mid = (p[i] + q[i]) / 2;
      if (p[i] > 0) {
        js += p[i] * Math.log(p[i] / mid);
      }
      if (q[i] > 0) {
        js += q[i] * Math.log(q[i] / mid);
      }
    }
    double divergence = js / (2 * Math.log(2));
    return Math.sqrt(Math.max(0, Math.min(1, divergence)));
  }
}
