package io.modelplane.monitoring.profile;

import io.modelplane.monitoring.table.ColumnKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * A numeric (or text-length) column: KLL quantile sketch, exact counts in bins whose edges were
 * frozen from the baseline, exact counts on a finer grid frozen the same way (for KS), moments, the
 * raw values while there are few of them, and whether the column has at most 5 distinct values
 * (Evidently then treats it as categorical).
 *
 * <p>Merging adds counts at once but defers the sketches' merge until a statistic asks for the
 * sketch (Wasserstein; KS only when a side has no grid): PSI, JS and KS over many stored minutes
 * then never pay for compacting their sketches, and a decoded sketch is not even read until then.
 */
public final class NumericProfile implements ColumnProfile {

  /** Distinct values tracked: enough to tell "at most 5" from "more". */
  static final int SMALL_DISTINCT = 6;

  private static final int CHUNK = 4096;

  /** Sketches waiting to be merged before they are folded into one. */
  private static final int MAX_UNMERGED = 64;

  private final String name;
  private final ColumnKind kind;
  private final int exactLimit;
  private final double[] edges;
  final long[] bins;
  final KsGrid grid;
  private final int k;
  // the sketch is `sketch` once folded; until then the merge of `unmerged` (sketches nobody
  // mutates). Profiles such as a cached baseline are read by many threads: folding is synchronised
  // and publishes the folded sketch through the volatile field.
  private volatile KllSketch sketch;
  private List<Supplier<KllSketch>> unmerged = List.of();
  final Moments moments;
  double[] exact;
  int exactSize;
  final double[] distinct = new double[SMALL_DISTINCT];
  int distinctSize;

  NumericProfile(String name, ColumnKind kind, int k, int exactLimit, double[] edges, KsGrid grid) {
    this(name, kind, exactLimit, edges, grid, k, List.of(), new Moments());
    this.sketch = new KllSketch(k);
    this.exact = new double[Math.min(exactLimit, 256)];
  }

  /** A profile whose sketch is the merge of {@code sketches} (none is mutated), folded on use. */
  NumericProfile(
      String name,
      ColumnKind kind,
      int exactLimit,
      double[] edges,
      KsGrid grid,
      int k,
      List<Supplier<KllSketch>> sketches,
      Moments moments) {
    this.name = name;
    this.kind = kind;
    this.exactLimit = exactLimit;
    this.edges = edges;
    this.bins = new long[edges.length + 1];
    this.grid = grid;
    this.k = k;
    this.unmerged = List.copyOf(sketches);
    this.moments = moments;
    if (unmerged.size() > MAX_UNMERGED) {
      sketch();
    }
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
            name,
            kind,
            o.kllK(),
            o.exactLimit(),
            Bins.quantileEdges(sorted, o.bins()),
            KsGrid.frozen(sorted, o.ksGridBins()));
    p.addAll(values);
    return p;
  }

  public void add(double v) {
    if (!Double.isFinite(v)) {
      return;
    }
    moments.add(v);
    bins[bin(v)]++;
    if (grid != null) {
      grid.add(v);
    }
    sketch().update(v);
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
      if (grid != null) {
        grid.addSorted(scratch, length);
      }
      sketch().updateSorted(scratch, length);
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

  /** Whether every value is still kept (no more than the exact limit were added). */
  public boolean exact() {
    return exact != null;
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
    return Bins.calibrate(sketch().cdf(), edges, bins, count());
  }

  /** Counts on the KS grid, or null for a profile stored before grids existed. */
  public KsGrid ksGrid() {
    return grid;
  }

  /** The quantile sketch, merging the sketches merged in on first use. */
  KllSketch sketch() {
    KllSketch folded = sketch;
    return folded != null ? folded : fold();
  }

  private synchronized KllSketch fold() {
    if (sketch == null) {
      KllSketch folded = unmerged.getFirst().get().copy();
      folded.mergeAll(unmerged.subList(1, unmerged.size()).stream().map(Supplier::get).toList());
      unmerged = List.of();
      sketch = folded;
    }
    return sketch;
  }

  /** What a merge takes of this sketch: the pending parts, or a snapshot of the folded sketch. */
  private synchronized List<Supplier<KllSketch>> sketchParts() {
    if (sketch == null) {
      return unmerged;
    }
    KllSketch snapshot = sketch.copy();
    return List.of(() -> snapshot);
  }

  @Override
  public NumericProfile emptyWindow() {
    return new NumericProfile(name, kind, k, exactLimit, edges, grid == null ? null : grid.empty());
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
    List<Supplier<KllSketch>> sketches = new ArrayList<>(sketchParts());
    boolean grids = grid != null;
    for (NumericProfile o : parts) {
      sketches.addAll(o.sketchParts());
      grids &= o.grid != null && o.grid.sameCutPoints(grid);
    }
    KsGrid mergedGrid = grids ? grid.plus(parts.stream().map(p -> p.grid).toList()) : null;
    NumericProfile m =
        new NumericProfile(name, kind, exactLimit, edges, mergedGrid, k, sketches, moments.copy());
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
