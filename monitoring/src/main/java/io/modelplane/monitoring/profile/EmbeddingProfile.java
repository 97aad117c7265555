package io.modelplane.monitoring.profile;

import io.modelplane.monitoring.table.ColumnKind;
import io.modelplane.monitoring.table.EmbeddingColumn;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * An embedding column: the mean vector and a seeded uniform reservoir sample of rows (Algorithm R)
 * for MMD. Vectors wider than {@code projection} are stored through a fixed seeded random
 * projection ({@link RandomProjection}) to that width, in half precision: 800 rows × 16 × 2 bytes =
 * 25.6 KB whatever the embedding's width, where 500 full 384-d float vectors took 770 KB. For MMD
 * the number of rows matters more than their width: on 384-d topic-mixture embeddings 800 rows of
 * 16 projected dimensions detect a shifted mix as often as 500 full vectors did, while 400 × 32 or
 * 200 × 64 (the same bytes) miss most small shifts ({@code EmbeddingDriftTest}). Merging draws from
 * both reservoirs in proportion to the rows each stands for, so a merged reservoir is still a
 * uniform sample of the union.
 */
public final class EmbeddingProfile implements ColumnProfile {

  /** Projected width used when none is given. */
  public static final int DEFAULT_PROJECTION = 16;

  private final String name;
  private final int dimension;
  private final int width;
  private final int capacity;
  private final long seed;
  private final RandomProjection projection;
  long count;
  final double[] sum;
  short[] reservoir;
  int filled;
  private SplittableRandom random;
  private float[] scratch;

  EmbeddingProfile(String name, int dimension, int capacity, int projection, long seed) {
    this.name = name;
    this.dimension = dimension;
    this.width = Math.min(dimension, projection);
    this.capacity = capacity;
    this.seed = seed;
    this.projection = RandomProjection.of(dimension, width, seed);
    this.sum = new double[dimension];
    this.reservoir = new short[0];
  }

  public static EmbeddingProfile of(EmbeddingColumn column, int capacity, long seed) {
    return of(column, capacity, DEFAULT_PROJECTION, seed);
  }

  public static EmbeddingProfile of(
      EmbeddingColumn column, int capacity, int projection, long seed) {
    EmbeddingProfile p =
        new EmbeddingProfile(column.name(), column.dimension(), capacity, projection, seed);
    float[] row = new float[column.dimension()];
    for (int r = 0; r < column.size(); r++) {
      column.row(r, row);
      p.add(row);
    }
    return p;
  }

  public void add(float[] row) {
    if (row.length != dimension) {
      throw new IllegalArgumentException(
          "column " + name + " holds vectors of dimension " + dimension);
    }
    for (int i = 0; i < dimension; i++) {
      sum[i] += row[i];
    }
    long index = count++;
    int slot;
    if (index < capacity) {
      slot = (int) index;
      ensure(slot + 1);
      filled++;
    } else {
      long j = random().nextLong(index + 1);
      if (j >= capacity) {
        return;
      }
      slot = (int) j;
    }
    float[] stored = row;
    if (projection != null) {
      if (scratch == null) {
        scratch = new float[width];
      }
      projection.apply(row, scratch);
      stored = scratch;
    }
    for (int i = 0; i < width; i++) {
      reservoir[slot * width + i] = RandomProjection.toHalf(stored[i]);
    }
  }

  private SplittableRandom random() {
    if (random == null) {
      random = new SplittableRandom(seed ^ (count * 0x9E3779B97F4A7C15L));
    }
    return random;
  }

  private void ensure(int rows) {
    if (reservoir.length < rows * width) {
      reservoir = Arrays.copyOf(reservoir, Math.min(capacity, Math.max(rows, filled * 2)) * width);
    }
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public ColumnKind kind() {
    return ColumnKind.EMBEDDING;
  }

  @Override
  public long count() {
    return count;
  }

  /** The embedding's own width (the mean's). */
  public int dimension() {
    return dimension;
  }

  /** The width of the sampled rows: the dimension, or the projection's when that is smaller. */
  public int sampleDimension() {
    return width;
  }

  /** Whether sampled rows are random projections of the vectors rather than the vectors. */
  public boolean projected() {
    return projection != null;
  }

  int capacity() {
    return capacity;
  }

  long seed() {
    return seed;
  }

  public double[] mean() {
    double[] m = new double[dimension];
    for (int i = 0; i < dimension; i++) {
      m[i] = count == 0 ? 0 : sum[i] / count;
    }
    return m;
  }

  /** The sampled rows, {@code sample()[r]} of length {@link #sampleDimension()}. */
  public float[][] sample() {
    float[][] rows = new float[filled][width];
    for (int r = 0; r < filled; r++) {
      for (int i = 0; i < width; i++) {
        rows[r][i] = RandomProjection.fromHalf(reservoir[r * width + i]);
      }
    }
    return rows;
  }

  /** Whether the sample holds every row profiled. */
  public boolean complete() {
    return filled == count;
  }

  @Override
  public EmbeddingProfile emptyWindow() {
    return new EmbeddingProfile(name, dimension, capacity, width, seed);
  }

  @Override
  public EmbeddingProfile merge(ColumnProfile other) {
    if (!(other instanceof EmbeddingProfile o) || o.dimension != dimension || o.width != width) {
      throw new IllegalArgumentException(
          "column " + name + ": embeddings of another dimension do not merge");
    }
    EmbeddingProfile m = emptyWindow();
    m.count = count + o.count;
    for (int i = 0; i < dimension; i++) {
      m.sum[i] = sum[i] + o.sum[i];
    }
    SplittableRandom rnd = new SplittableRandom(seed ^ m.count ^ 0x5DEECE66DL);
    int[] a = shuffled(filled, rnd);
    int[] b = shuffled(o.filled, rnd);
    int take = (int) Math.min(capacity, (long) filled + o.filled);
    m.reservoir = new short[take * width];
    // Each slot comes from a side with probability proportional to the rows that side stands for
    // (not to what is left of its reservoir, which would over-sample the smaller side).
    double shareA = count + o.count == 0 ? 0 : (double) count / (count + o.count);
    int ia = 0;
    int ib = 0;
    for (int r = 0; r < take; r++) {
      boolean fromA = ib == b.length || (ia < a.length && rnd.nextDouble() < shareA);
      short[] src = fromA ? reservoir : o.reservoir;
      int row = fromA ? a[ia++] : b[ib++];
      System.arraycopy(src, row * width, m.reservoir, r * width, width);
    }
    m.filled = take;
    return m;
  }

  private static int[] shuffled(int n, SplittableRandom rnd) {
    int[] idx = new int[n];
    for (int i = 0; i < n; i++) {
      idx[i] = i;
    }
    for (int i = n - 1; i > 0; i--) {
      int j = rnd.nextInt(i + 1);
      int t = idx[i];
      idx[i] = idx[j];
      idx[j] = t;
    }
    return idx;
  }
}
