package io.modelplane.monitoring.profile;

import java.util.Arrays;

/** Frozen quantile bins: finding a value's bin, counting sorted chunks, calibrating sketch CDFs. */
final class Bins {

  private Bins() {}

  /**
   * The bin of v: the number of edges below it. For the usual ≤ 32 edges a branch-free count beats
   * a binary search, whose branches the CPU cannot predict on random data.
   */
  static int bin(double[] edges, double v) {
    if (edges.length > 32) {
      int i = Arrays.binarySearch(edges, v);
      return i >= 0 ? i : -i - 1;
    }
    int bin = 0;
    for (double e : edges) {
      bin += e < v ? 1 : 0;
    }
    return bin;
  }

  /** Bin counts of a sorted chunk: one binary search per edge instead of one bin per value. */
  static void countSorted(double[] edges, long[] bins, double[] sorted, int length) {
    int below = 0;
    for (int e = 0; e < edges.length; e++) {
      int upTo = upperIndex(sorted, length, edges[e]);
      bins[e] += upTo - below;
      below = upTo;
    }
    bins[edges.length] += length - below;
  }

  private static int upperIndex(double[] sorted, int length, double v) {
    int lo = 0;
    int hi = length;
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

  /** Interior cut points at the i/bins quantiles (inverted CDF) of sorted values, deduplicated. */
  static double[] quantileEdges(double[] sorted, int binCount) {
    if (sorted.length == 0) {
      return new double[0];
    }
    double[] cuts = new double[binCount - 1];
    for (int i = 1; i < binCount; i++) {
      double p = (double) i / binCount;
      cuts[i - 1] = sorted[(int) Math.max(0, Math.ceil(p * sorted.length) - 1)];
    }
    return Arrays.stream(cuts).distinct().sorted().toArray();
  }

  /**
   * The sketch's CDF made exact at every bin edge: the bin counts are exact, so within each bin the
   * sketch's cumulative weights are rescaled to run from the exact count below the bin to the exact
   * count at its upper edge. This removes most of the sketch's rank error (it can only remain
   * inside a bin), which KS and Wasserstein over sketches inherit.
   */
  static Cdf calibrate(Cdf raw, double[] edges, long[] bins, long count) {
    double[] items = raw.items();
    long[] cumulative = raw.cumulative();
    long[] adjusted = new long[items.length];
    int i = 0;
    long exactBelow = 0;
    long sketchBelow = 0;
    for (int b = 0; items.length > 0 && b < bin(edges, items[0]); b++) {
      exactBelow += bins[b];
    }
    while (i < items.length) {
      int bin = bin(edges, items[i]);
      int end = i;
      while (end < items.length && bin(edges, items[end]) == bin) {
        end++;
      }
      long exactUpTo = exactBelow + bins[bin];
      long sketchUpTo = cumulative[end - 1];
      double scale =
          sketchUpTo == sketchBelow
              ? 0
              : (double) (exactUpTo - exactBelow) / (sketchUpTo - sketchBelow);
      for (int j = i; j < end; j++) {
        adjusted[j] = exactBelow + Math.round((cumulative[j] - sketchBelow) * scale);
      }
      exactBelow = exactUpTo;
      sketchBelow = sketchUpTo;
      i = end;
      if (i < items.length) {
        int next = bin(edges, items[i]);
        for (int b = bin + 1; b < next; b++) {
          exactBelow += bins[b];
        }
      }
    }
    return new Cdf(items, adjusted, count, raw.rankError());
  }
}
