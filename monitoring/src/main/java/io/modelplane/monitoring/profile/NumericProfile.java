package io.modelplane.monitoring.profile;

import io.modelplane.monitoring.table.ColumnKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

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
   * Profiles baseline values. Bin edges are exact quantiles (one sort, once per baseline), so PSI
   * and JS from profiles equal an exact computation's over the same quantile bins.
   */
  public static NumericProfile baseline(
      String name, ColumnKind kind, double[] values, ProfileOptions o) {
    double[] sorted = Arrays.stream(values).filter(Double::isFinite).toArray();
    Arrays.sort(sorted);
    NumericProfile p =
        new NumericProfile(
            name, kind, o.kllK(), o.exactLimit(), Bins.quantileEdges(sorted, o.bins()));
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
    double[] scratch = new double[Math.min(CHUNK, values.length)];
    for (int from = 0; from < values.length; from += CHUNK) {
      int to = Math.min(values.length, from + CHUNK);
      if (!allFinite(values, from, to)) {
        for (int i = from; i < to; i++) {
          add(values[i]);
        }
        continue;
      }
      moments.addAll(values, from, to);
      int length = to - from;
      System.arraycopy(values, from, scratch, 0, length);
      Arrays.sort(scratch, 0, length);
      Bins.countSorted(edges, bins, scratch, length);
      sketch.updateSorted(scratch, length);
      if (exact != null || distinctSize < SMALL_DISTINCT) {
        for (int i = from; i < to; i++) {
          keep(values[i]);
        }
      }
    }
  }

  int bin(double v) {
    return Bins.bin(edges, v);
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
    return Bins.calibrate(sketch.cdf(), edges, bins, count());
  }

  @Override
  public NumericProfile emptyWindow() {
    return new NumericProfile(name, kind, sketch.k, exactLimit, edges);
  }

  @Override
  public NumericProfile merge(ColumnProfile other) {
    return mergeAll(List.of(other));
  }

  /** Merges many profiles at once: the sketches are concatenated and compacted a single time. */
  @Override
  public NumericProfile mergeAll(List<? extends ColumnProfile> others) {
    List<NumericProfile> parts = new ArrayList<>();
    for (ColumnProfile other : others) {
      if (!(other instanceof NumericProfile o)
          || o.kind != kind
          || !Arrays.equals(o.edges, edges)) {
        throw new IllegalArgumentException(
            "column " + name + ": profiles with other kinds or bins do not merge");
      }
      parts.add(o);
    }
    NumericProfile m =
        new NumericProfile(name, kind, exactLimit, edges, sketch.copy(), moments.copy());
    m.sketch.mergeAll(parts.stream().map(p -> p.sketch).toList());
    System.arraycopy(bins, 0, m.bins, 0, bins.length);
    long total = exactSize;
    boolean allExact = exact != null;
    for (NumericProfile o : parts) {
      m.moments.merge(o.moments);
      for (int i = 0; i < bins.length; i++) {
        m.bins[i] += o.bins[i];
      }
      total += o.exactSize;
      allExact &= o.exact != null;
    }
    if (allExact && total <= exactLimit) {
      m.exact = Arrays.copyOf(exact, (int) Math.max(1, total));
      int at = exactSize;
      for (NumericProfile o : parts) {
        System.arraycopy(o.exact, 0, m.exact, at, o.exactSize);
        at += o.exactSize;
      }
      m.exactSize = at;
    }
    boolean many = distinctSize == SMALL_DISTINCT;
    for (int i = 0; i < distinctSize; i++) {
      m.keepDistinct(distinct[i]);
    }
    for (NumericProfile o : parts) {
      many |= o.distinctSize == SMALL_DISTINCT;
      for (int i = 0; i < o.distinctSize; i++) {
        m.keepDistinct(o.distinct[i]);
      }
    }
    if (many) {
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
