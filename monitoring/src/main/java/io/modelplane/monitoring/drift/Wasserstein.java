package io.modelplane.monitoring.drift;

import io.modelplane.monitoring.profile.Cdf;

/** First Wasserstein distance ∫ |F_a(x) − F_b(x)| dx between two step CDFs. */
final class Wasserstein {

  private Wasserstein() {}

  static double distance(Cdf a, Cdf b) {
    double[] x = a.items();
    double[] y = b.items();
    int i = 0;
    int j = 0;
    double area = 0;
    double previous = Double.NaN;
    double gap = 0;
    while (i < x.length || j < y.length) {
      double v = j == y.length || (i < x.length && x[i] <= y[j]) ? x[i] : y[j];
      if (!Double.isNaN(previous)) {
        area += gap * (v - previous);
      }
      while (i < x.length && x[i] <= v) {
        i++;
      }
      while (j < y.length && y[j] <= v) {
        j++;
      }
      double fa = i == 0 ? 0 : (double) a.cumulative()[i - 1] / a.n();
      double fb = j == 0 ? 0 : (double) b.cumulative()[j - 1] / b.n();
      gap = Math.abs(fa - fb);
      previous = v;
    }
    return area;
  }
}
