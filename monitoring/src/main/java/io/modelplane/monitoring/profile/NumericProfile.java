package io.modelplane.monitoring.profile;

import io.modelplane.monitoring.table.ColumnKind;
import java.util.Arrays;

/**
 * A numeric (or text-length) column: KLL quantile sketch, exact counts in bins whose edges were
 * frozen from the baseline, moments, the raw values while there are few of them, and whether the
 * column has at most 5 distinct values (Evidently then treats it as categorical).
 */
public final class NumericProfile implements ColumnProfile {

  /** Distinct values tracked: enough to tell "at most 5" from "more". */
  static final int SMALL_DISTINCT = 6;

  private static final int CHUNK = 4096;

  private final String name;
  private final ColumnKind kind;
  private final int exactLimit;
  private final double[] edges;
  final long[] bins;
  final KllSketch sketch;
  final Moments moments;
  double[] exact;
  int exactSize;
  final double[] distinct = new double[SMALL_DISTINCT];
  int distinctSize;

  NumericProfile(String name, ColumnKind kind, int k, int exactLimit, double[] edges) {
    this(name, kind, exactLimit, edges, new KllSketch(k), new Moments());
    this.exact = new double[Math.min(exactLimit, 256)];
  }

  NumericProfile(
      String name,
      ColumnKind kind,
      int exactLimit,
      double[] edges,
      KllSketch sketch,
      Moments moments) {
    this.name = name;
    this.kind = kind;
    this.exactLimit = exactLimit;
    this.edges = edges;
    this.bins = new long[edges.length + 1];
    this.sketch = sketch;
    this.moments = moments;
  }

  /**
   * Profiles baseline values: one pass for the sketch, edges from its quantiles, one pass for bins.
   */
  public static NumericProfile baseline(
      String name, ColumnKind kind, double[] values, ProfileOptions o) {
    NumericProfile unbinned =
        new NumericProfile(name, kind, o.kllK(), o.exactLimit(), new double[0]);
    unbinned.addAll(values);
    NumericProfile p =
        new NumericProfile(name, kind, o.kllK(), o.exactLimit(), unbinned.quantileEdges(o.bins()));
    p.addAll(values);
    return p;
  }

  public void add(double v) {
    if (!Double.isFinite(v)) {
      return;
    }
    moments.add(v);
    bins[bin(v)]++;
    sketch.update(v);
    keep(v);
  }

  /** Adds finite values in chunks (non-finite ones are skipped): the fast path for tables. */
  public void addAll(double[] values) {
    for (int from = 0; from < values.length; from += CHUNK) {
      int to = Math.min(values.length, from + CHUNK);
      if (!allFinite(values, from, to)) {
        for (int i = from; i < to; i++) {
          add(values[i]);
        }
        continue;
      }
      moments.addAll(values, from, to);
      for (int i = from; i < to; i++) {
        bins[bin(values[i])]++;
      }
      sketch.update(values, from, to);
      if (exact != null || distinctSize < SMALL_DISTINCT) {
        for (int i = from; i < to; i++) {
          keep(values[i]);
        }
      }
    }
  }

  int bin(double v) {
    int i = Arrays.binarySearch(edges, v);
    return i >= 0 ? i : -i - 1;
  }

  private void keep(double v) {
    if (exact != null) {
      if (exactSize == exactLimit) {
        exact = null;
      } else {
        if (exactSize == exact.length) {
          exact = Arrays.copyOf(exact, Math.min(exactLimit, Math.max(16, exact.length * 2)));
        }
        exact[exactSize++] = v;
      }
    }
    if (distinctSize < SMALL_DISTINCT) {
      for (int i = 0; i < distinctSize; i++) {
        if (distinct[i] == v) {
          return;
        }
      }
      distinct[distinctSize++] = v;
    }
  }

  private static boolean allFinite(double[] values, int from, int to) {
    double acc = 0;
    for (int i = from; i < to; i++) {
      acc += values[i] * 0;
    }
    return acc == 0;
  }

  /** Interior cut points at i/bins quantiles, exact while raw values are kept, deduplicated. */
  double[] quantileEdges(int binCount) {
    if (count() == 0) {
      return new double[0];
    }
    double[] sorted = exact == null ? null : Arrays.copyOf(exact, exactSize);
    if (sorted != null) {
      Arrays.sort(sorted);
    }
    double[] ps = new double[binCount - 1];
    for (int i = 1; i < binCount; i++) {
      ps[i - 1] = (double) i / binCount;
    }
    double[] cuts = sorted == null ? sketch.quantiles(ps) : new double[ps.length];
    if (sorted != null) {
      for (int i = 0; i < ps.length; i++) {
        cuts[i] = sorted[(int) Math.max(0, Math.ceil(ps[i] * sorted.length) - 1)];
      }
    }
    return Arrays.stream(cuts).distinct().sorted().toArray();
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public ColumnKind kind() {
    return kind;
  }

  @Override
  public long count() {
    return moments.count;
  }

  public double min() {
    return moments.min;
  }

  public double max() {
    return moments.max;
  }

  public double mean() {
    return moments.mean;
  }

  /** Population standard deviation. */
  public double std() {
    return moments.std();
  }

  /** Interior bin edges (bins are (-inf, e0], (e0, e1], …, (e_last, +inf)). */
  public double[] edges() {
    return edges.clone();
  }

  public long[] binCounts() {
    return bins.clone();
  }

  int exactLimit() {
    return exactLimit;
  }

  /** The raw values, or {@code null} once there were more than the exact limit. */
  public double[] exactValues() {
    return exact == null ? null : Arrays.copyOf(exact, exactSize);
  }

  /** Distinct values seen, capped at 6 ("more than five"). */
  public int distinctUpToSix() {
    return distinctSize;
  }

  public Cdf cdf() {
    if (exact != null) {
      double[] sorted = Arrays.copyOf(exact, exactSize);
      Arrays.sort(sorted);
      long[] cumulative = new long[sorted.length];
      Arrays.setAll(cumulative, i -> i + 1L);
      return new Cdf(sorted, cumulative, sorted.length, 0);
    }
    return calibrated(sketch.cdf());
  }

  /**
   * The sketch's CDF made exact at every bin edge: the bin counts are exact, so within each bin the
   * sketch's cumulative weights are rescaled to run from the exact count below the bin to the exact
   * count at its upper edge. This removes most of the sketch's rank error (it can only remain
   * inside a bin), which KS and Wasserstein over sketches inherit.
   */
  private Cdf calibrated(Cdf raw) {
    double[] items = raw.items();
    long[] cumulative = raw.cumulative();
    long[] adjusted = new long[items.length];
    int i = 0;
    long exactBelow = 0;
    long sketchBelow = 0;
    for (int b = 0; items.length > 0 && b < bin(items[0]); b++) {
      exactBelow += bins[b];
    }
    while (i < items.length) {
      int bin = bin(items[i]);
      int end = i;
      while (end < items.length && bin(items[end]) == bin) {
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
        int next = bin(items[i]);
        for (int b = bin + 1; b < next; b++) {
          exactBelow += bins[b];
        }
      }
    }
    return new Cdf(items, adjusted, count(), raw.rankError());
  }

  @Override
  public NumericProfile emptyWindow() {
    return new NumericProfile(name, kind, sketch.k, exactLimit, edges);
  }

  @Override
  public NumericProfile merge(ColumnProfile other) {
    if (!(other instanceof NumericProfile o) || o.kind != kind || !Arrays.equals(o.edges, edges)) {
      throw new IllegalArgumentException(
          "column " + name + ": profiles with other kinds or bins do not merge");
    }
    NumericProfile m =
        new NumericProfile(name, kind, exactLimit, edges, sketch.copy(), moments.copy());
    m.sketch.merge(o.sketch);
    m.moments.merge(o.moments);
    for (int i = 0; i < bins.length; i++) {
      m.bins[i] = bins[i] + o.bins[i];
    }
    if (exact != null && o.exact != null && exactSize + o.exactSize <= exactLimit) {
      m.exact = Arrays.copyOf(exact, Math.max(1, exactSize + o.exactSize));
      System.arraycopy(o.exact, 0, m.exact, exactSize, o.exactSize);
      m.exactSize = exactSize + o.exactSize;
    }
    m.distinctSize = 0;
    for (int i = 0; i < distinctSize; i++) {
      m.keepDistinct(distinct[i]);
    }
    for (int i = 0; i < o.distinctSize; i++) {
      m.keepDistinct(o.distinct[i]);
    }
    if (distinctSize == SMALL_DISTINCT || o.distinctSize == SMALL_DISTINCT) {
      m.distinctSize = SMALL_DISTINCT;
    }
    return m;
  }

  private void keepDistinct(double v) {
    for (int i = 0; i < distinctSize; i++) {
      if (distinct[i] == v) {
        return;
      }
    }
    if (distinctSize < SMALL_DISTINCT) {
      distinct[distinctSize++] = v;
    }
  }
}
