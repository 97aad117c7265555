package io.modelplane.monitoring.drift;

import io.modelplane.monitoring.profile.Cdf;

/** Two-sample Kolmogorov–Smirnov: D from two step CDFs, exact and asymptotic p-values. */
final class KolmogorovSmirnov {

  /**
   * Above this many lattice cells the exact p-value is not worth its time when it is surely tiny.
   */
  private static final long EXACT_CELLS_WITHOUT_SHORTCUT = 4_000_000L;

  private KolmogorovSmirnov() {}

  /** sup |F_a(x) − F_b(x)| over every point where either CDF steps. */
  static double statistic(Cdf a, Cdf b) {
    double[] x = a.items();
    double[] y = b.items();
    int i = 0;
    int j = 0;
    double d = 0;
    while (i < x.length || j < y.length) {
      double v = j == y.length || (i < x.length && x[i] <= y[j]) ? x[i] : y[j];
      while (i < x.length && x[i] <= v) {
        i++;
      }
      while (j < y.length && y[j] <= v) {
        j++;
      }
      double fa = i == 0 ? 0 : (double) a.cumulative()[i - 1] / a.n();
      double fb = j == 0 ? 0 : (double) b.cumulative()[j - 1] / b.n();
      d = Math.max(d, Math.abs(fa - fb));
    }
    return d;
  }

  /**
   * P(D ≥ d) under H0 for samples of n and m values without ties: one minus the probability that a
   * uniformly random interleaving of the samples (a lattice path from (0,0) to (n,m)) stays
   * strictly inside |i/n − j/m| < d. The path is walked as a random process (next value from the
   * first sample with probability (n−i)/(n−i+m−j)), so every cell holds a probability and nothing
   * overflows.
   */
  static double exactPValue(int n, int m, double d) {
    long bound = Math.round(d * n * m);
    if (bound <= 0) {
      return 1;
    }
    if ((long) n * m > EXACT_CELLS_WITHOUT_SHORTCUT && asymptoticPValue(n, m, d) < 1e-12) {
      return asymptoticPValue(n, m, d);
    }
    double[] prev = new double[m + 1];
    double[] cur = new double[m + 1];
    int prevLo = 0;
    int prevHi = -1;
    for (int i = 0; i <= n; i++) {
      long im = (long) i * m;
      int lo = (int) Math.max(0, Math.floorDiv(im - bound, n) + 1);
      int hi = (int) Math.min(m, Math.ceilDiv(im + bound, n) - 1);
      if (lo > hi) {
        return 1;
      }
      for (int j = lo; j <= hi; j++) {
        double v = i == 0 && j == 0 ? 1 : 0;
        if (i > 0 && j >= prevLo && j <= prevHi) {
          double left = n - (i - 1);
          v += prev[j] * left / (left + (m - j));
        }
        if (j > lo) {
          double left = m - (j - 1);
          v += cur[j - 1] * left / ((n - i) + left);
        }
        cur[j] = v;
      }
      for (int j = prevLo; j <= prevHi; j++) {
        prev[j] = 0;
      }
      double[] t = prev;
      prev = cur;
      cur = t;
      prevLo = lo;
      prevHi = hi;
    }
    return Math.max(0, Math.min(1, 1 - prev[m]));
  }

  /** The Kolmogorov limit distribution at sqrt(nm/(n+m))·d. */
  static double asymptoticPValue(long n, long m, double d) {
    double en = (double) n * m / (n + m);
    return SpecialFunctions.kolmogorovSurvival(Math.sqrt(en) * d);
  }
}
