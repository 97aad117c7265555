package io.modelplane.monitoring.profile;

import java.util.Arrays;

/**
 * Exact counts of a numeric column over a fine grid of cut points frozen from the baseline's exact
 * quantiles, for the Kolmogorov–Smirnov statistic of large windows without a quantile sketch.
 *
 * <p>Cells alternate between the open interval below each cut point and the cut point itself:
 * {@code (-inf, e0), [e0], (e0, e1), [e1], …, (e_last, +inf)}. Both CDFs are then known exactly at
 * every cut point and just below it. Between two cut points the baseline's CDF rises by at most the
 * baseline mass strictly inside the interval ({@link #interiorBound()}, at most 1 / the grid's
 * bins, since the cut points are the baseline's quantiles), while the window's CDF is monotone; so
 * the supremum of |F_b − F_w| over the interval is at most that much above its largest value at the
 * interval's ends. The statistic from the grid is never above the exact one and at most the bound
 * below it, whatever the window's distribution. Counts merge by addition, so a window of any number
 * of stored minutes costs one array sum per minute, not a sketch merge.
 */
public final class KsGrid {

  private final double[] edges;
  final long[] counts;

  KsGrid(double[] edges, long[] counts) {
    if (counts.length != 2 * edges.length + 1) {
      throw new IllegalArgumentException(
          "a grid of " + edges.length + " cut points has the wrong number of counts");
    }
    this.edges = edges;
    this.counts = counts;
  }

  /** An empty grid whose cut points are the {@code bins}-quantiles of sorted baseline values. */
  static KsGrid frozen(double[] sorted, int bins) {
    double[] edges = Bins.quantileEdges(sorted, bins);
    return new KsGrid(edges, new long[2 * edges.length + 1]);
  }

  /** The same cut points, no counts: what a window against this baseline starts from. */
  KsGrid empty() {
    return new KsGrid(edges, new long[counts.length]);
  }

  double[] edges() {
    return edges;
  }

  void add(double v) {
    int below = countBelow(v);
    counts[below < edges.length && edges[below] == v ? 2 * below + 1 : 2 * below]++;
  }

  /**
   * How many cut points are below v: a binary search whose steps are conditional moves, not
   * branches, which random values would mispredict at every step.
   */
  private int countBelow(double v) {
    int n = edges.length;
    if (n == 0) {
      return 0;
    }
    int base = 0;
    while (n > 1) {
      int half = n >>> 1;
      base = edges[base + half] < v ? base + half : base;
      n -= half;
    }
    return base + (edges[base] < v ? 1 : 0);
  }

  /** Counts a sorted chunk with two binary searches per cut point instead of one per value. */
  void addSorted(double[] sorted, int length) {
    int below = 0;
    for (int e = 0; e < edges.length; e++) {
      int lower = firstIndex(sorted, below, length, edges[e], false);
      int upper = firstIndex(sorted, lower, length, edges[e], true);
      counts[2 * e] += lower - below;
      counts[2 * e + 1] += upper - lower;
      below = upper;
    }
    counts[2 * edges.length] += length - below;
  }

  public boolean sameCutPoints(KsGrid other) {
    return edges == other.edges || Arrays.equals(edges, other.edges);
  }

  /** A grid holding this one's counts plus the others' (all on the same cut points). */
  KsGrid plus(Iterable<KsGrid> others) {
    long[] sum = counts.clone();
    for (KsGrid o : others) {
      for (int i = 0; i < sum.length; i++) {
        sum[i] += o.counts[i];
      }
    }
    return new KsGrid(edges, sum);
  }

  public long total() {
    long total = 0;
    for (long c : counts) {
      total += c;
    }
    return total;
  }

  /**
   * The largest share of this grid's values strictly between two neighbouring cut points: for the
   * baseline, how far the grid's KS statistic may fall below the exact one.
   */
  public double interiorBound() {
    long total = total();
    long largest = 0;
    for (int i = 0; i < counts.length; i += 2) {
      largest = Math.max(largest, counts[i]);
    }
    return total == 0 ? 0 : (double) largest / total;
  }

  /**
   * sup |F_this − F_other| at every cut point and just below it; the exact two-sample statistic
   * lies in [value, value + {@link #interiorBound()} of the baseline]. Both must share cut points.
   */
  public double statistic(KsGrid other) {
    if (!sameCutPoints(other)) {
      throw new IllegalArgumentException("grids with other cut points do not compare");
    }
    double n = total();
    double m = other.total();
    if (n == 0 || m == 0) {
      return n == m ? 0 : 1;
    }
    long a = 0;
    long b = 0;
    double d = 0;
    for (int i = 0; i < counts.length; i++) {
      a += counts[i];
      b += other.counts[i];
      d = Math.max(d, Math.abs(a / n - b / m));
    }
    return d;
  }

  /** The first index in [from, length) whose value is ≥ v (or > v when {@code above}). */
  private static int firstIndex(double[] sorted, int from, int length, double v, boolean above) {
    int lo = from;
    int hi = length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (above ? sorted[mid] <= v : sorted[mid] < v) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
