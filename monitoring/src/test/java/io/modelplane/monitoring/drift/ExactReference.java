package io.modelplane.monitoring.drift;

import java.util.Arrays;

/**
 * Straightforward exact implementations, written independently of the library's code paths, that
 * the library's (sketch-based or optimised) statistics are checked against.
 */
final class ExactReference {

  private ExactReference() {}

  /** KS D by sorting both samples and walking them (scipy's ks_2samp statistic). */
  static double ksStatistic(double[] a, double[] b) {
    double[] x = a.clone();
    double[] y = b.clone();
    Arrays.sort(x);
    Arrays.sort(y);
    double[] all = new double[x.length + y.length];
    System.arraycopy(x, 0, all, 0, x.length);
    System.arraycopy(y, 0, all, x.length, y.length);
    double d = 0;
    for (double v : all) {
      double fx = upperIndex(x, v) / (double) x.length;
      double fy = upperIndex(y, v) / (double) y.length;
      d = Math.max(d, Math.abs(fx - fy));
    }
    return d;
  }

  /** Number of sorted values ≤ v. */
  static int upperIndex(double[] sorted, double v) {
    int lo = 0;
    int hi = sorted.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] <= v) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /**
   * The exact two-sample KS p-value by enumerating every way to interleave n and m values (every
   * n-subset of positions), as the permutation distribution of D defines it.
   */
  static double ksPValueByEnumeration(int n, int m, double observed) {
    int total = n + m;
    long atLeast = 0;
    long all = 0;
    for (long mask = 0; mask < (1L << total); mask++) {
      if (Long.bitCount(mask) != n) {
        continue;
      }
      all++;
      int i = 0;
      int j = 0;
      double d = 0;
      for (int pos = 0; pos < total; pos++) {
        if ((mask & (1L << pos)) != 0) {
          i++;
        } else {
          j++;
        }
        d = Math.max(d, Math.abs((double) i / n - (double) j / m));
      }
      if (d >= observed - 1e-12) {
        atLeast++;
      }
    }
    return (double) atLeast / all;
  }

  /** Counts of raw values in the bins (-inf, e0], (e0, e1], …, (e_last, inf), by linear scan. */
  static long[] histogram(double[] values, double[] edges) {
    long[] counts = new long[edges.length + 1];
    for (double v : values) {
      int bin = edges.length;
      for (int i = 0; i < edges.length; i++) {
        if (v <= edges[i]) {
          bin = i;
          break;
        }
      }
      counts[bin]++;
    }
    return counts;
  }

  static double psi(long[] baseline, long[] window) {
    double nb = Arrays.stream(baseline).sum();
    double nw = Arrays.stream(window).sum();
    double psi = 0;
    for (int i = 0; i < baseline.length; i++) {
      double b = Math.max(baseline[i] / nb, 1e-4);
      double w = Math.max(window[i] / nw, 1e-4);
      psi += (w - b) * Math.log(w / b);
    }
    return psi;
  }

  static double jensenShannonBase2(long[] baseline, long[] window) {
    double nb = Arrays.stream(baseline).sum();
    double nw = Arrays.stream(window).sum();
    double js = 0;
    for (int i = 0; i < baseline.length; i++) {
      double p = baseline[i] / nb;
      double q = window[i] / nw;
      double m = (p + q) / 2;
      js += p > 0 ? 0.5 * p * log2(p / m) : 0;
      js += q > 0 ? 0.5 * q * log2(q / m) : 0;
    }
    return Math.sqrt(js);
  }

  /** W1 between two samples: ∫|F_a − F_b| over the sorted union (scipy's wasserstein_distance). */
  static double wasserstein(double[] a, double[] b) {
    double[] x = a.clone();
    double[] y = b.clone();
    Arrays.sort(x);
    Arrays.sort(y);
    double[] all = new double[x.length + y.length];
    System.arraycopy(x, 0, all, 0, x.length);
    System.arraycopy(y, 0, all, x.length, y.length);
    Arrays.sort(all);
    double area = 0;
    for (int k = 0; k + 1 < all.length; k++) {
      double fx = upperIndex(x, all[k]) / (double) x.length;
      double fy = upperIndex(y, all[k]) / (double) y.length;
      area += Math.abs(fx - fy) * (all[k + 1] - all[k]);
    }
    return area;
  }

  static double populationStd(double[] v) {
    double mean = Arrays.stream(v).average().orElse(0);
    return Math.sqrt(Arrays.stream(v).map(x -> (x - mean) * (x - mean)).sum() / v.length);
  }

  /** Biased MMD² with an RBF kernel of the given sigma, by the definition's three double sums. */
  static double mmd2(float[][] x, float[][] y, double sigma) {
    return meanKernel(x, x, sigma) + meanKernel(y, y, sigma) - 2 * meanKernel(x, y, sigma);
  }

  private static double meanKernel(float[][] a, float[][] b, double sigma) {
    double sum = 0;
    for (float[] u : a) {
      for (float[] v : b) {
        double d2 = 0;
        for (int t = 0; t < u.length; t++) {
          d2 += (u[t] - v[t]) * (double) (u[t] - v[t]);
        }
        sum += Math.exp(-d2 / (2 * sigma * sigma));
      }
    }
    return sum / ((double) a.length * b.length);
  }

  private static double log2(double v) {
    return Math.log(v) / Math.log(2);
  }
}
