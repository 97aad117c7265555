package io.modelplane.bench.monitoring;

import java.util.Arrays;

/**
 * The straightforward exact computation a drift job does on raw data: sort the window, KS D by
 * walking both sorted samples, PSI and Jensen–Shannon over quantile bins of the (pre-sorted)
 * baseline, counted exactly.
 */
final class ExactDrift {

  record Result(double ks, double psi, double js) {}

  /** What an exact job keeps of the baseline between runs: its sorted values and bins. */
  record Baseline(double[] sorted, double[] edges, long[] counts) {

    static Baseline of(double[] values, int bins) {
      double[] sorted = values.clone();
      Arrays.sort(sorted);
      double[] cuts = new double[bins - 1];
      for (int i = 1; i < bins; i++) {
        cuts[i - 1] = sorted[(int) Math.max(0, Math.ceil((double) i / bins * sorted.length) - 1)];
      }
      double[] edges = Arrays.stream(cuts).distinct().sorted().toArray();
      return new Baseline(sorted, edges, ExactDrift.counts(sorted, edges));
    }
  }

  private ExactDrift() {}

  static Result compare(Baseline baseline, double[] window) {
    double[] w = window.clone();
    Arrays.sort(w);
    long[] wc = counts(w, baseline.edges());
    return new Result(
        ks(baseline.sorted(), w), psi(baseline.counts(), wc), js(baseline.counts(), wc));
  }

  /** Counts per bin (-inf, e0], (e0, e1], … of sorted values. */
  static long[] counts(double[] sorted, double[] edges) {
    long[] counts = new long[edges.length + 1];
    int previous = 0;
    for (int i = 0; i < edges.length; i++) {
      int upTo = upperIndex(sorted, edges[i]);
      counts[i] = upTo - previous;
      previous = upTo;
    }
    counts[edges.length] = sorted.length - previous;
    return counts;
  }

  static double ks(double[] x, double[] y) {
    int i = 0;
    int j = 0;
    double d = 0;
    while (i < x.length && j < y.length) {
      double v = Math.min(x[i], y[j]);
      while (i < x.length && x[i] <= v) {
        i++;
      }
      while (j < y.length && y[j] <= v) {
        j++;
      }
      d = Math.max(d, Math.abs((double) i / x.length - (double) j / y.length));
    }
    return d;
  }

  static double psi(long[] b, long[] w) {
    double nb = Arrays.stream(b).sum();
    double nw = Arrays.stream(w).sum();
    double psi = 0;
    for (int i = 0; i < b.length; i++) {
      double p = Math.max(b[i] / nb, 1e-4);
      double q = Math.max(w[i] / nw, 1e-4);
      psi += (q - p) * Math.log(q / p);
    }
    return psi;
  }

  static double js(long[] b, long[] w) {
    double nb = Arrays.stream(b).sum();
    double nw = Arrays.stream(w).sum();
    double sum = 0;
    for (int i = 0; i < b.length; i++) {
      double p = b[i] / nb;
      double q = w[i] / nw;
      double m = (p + q) / 2;
      sum += (p > 0 ? p * Math.log(p / m) : 0) + (q > 0 ? q * Math.log(q / m) : 0);
    }
    return Math.sqrt(sum / (2 * Math.log(2)));
  }

  private static int upperIndex(double[] sorted, double v) {
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
}
