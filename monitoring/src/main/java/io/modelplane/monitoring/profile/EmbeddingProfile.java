package io.modelplane.monitoring.profile;

import io.modelplane.monitoring.table.ColumnKind;
import io.modelplane.monitoring.table.EmbeddingColumn;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * An embedding column: the mean vector and a seeded uniform reservoir sample of rows (Algorithm R)
 * for MMD. Merging draws from both reservoirs in proportion to the rows each stands for, so a
 * merged reservoir is still a uniform sample of the union.
 */
public final class EmbeddingProfile implements ColumnProfile {

  private final String name;
  private final int dimension;
  private final int capacity;
  private final long seed;
  long count;
  final double[] sum;
  float[] reservoir;
  int filled;
  private SplittableRandom random;

  EmbeddingProfile(String name, int dimension, int capacity, long seed) {
    this.name = name;
    this.dimension = dimension;
    this.capacity = capacity;
    this.seed = seed;
    this.sum = new double[dimension];
    this.reservoir = new float[0];
  }

  public static EmbeddingProfile of(EmbeddingColumn column, int capacity, long seed) {
    EmbeddingProfile p = new EmbeddingProfile(column.name(), column.dimension(), capacity, seed);
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
    if (index < capacity) {
      ensure((int) index + 1);
      System.arraycopy(row, 0, reservoir, (int) index * dimension, dimension);
      filled++;
    } else {
      long j = random().nextLong(index + 1);
      if (j < capacity) {
        System.arraycopy(row, 0, reservoir, (int) j * dimension, dimension);
      }
    }
  }

  private SplittableRandom random() {
    if (random == null) {
      random = new SplittableRandom(seed ^ (count * 0x9E3779B97F4A7C15L));
    }
    return random;
  }

  private void ensure(int rows) {
    if (reservoir.length < rows * dimension) {
      reservoir =
          Arrays.copyOf(reservoir, Math.min(capacity, Math.max(rows, filled * 2)) * dimension);
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

  public int dimension() {
    return dimension;
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

  /** The sampled rows, {@code sample()[r]} of length {@link #dimension()}. */
  public float[][] sample() {
    float[][] rows = new float[filled][];
    for (int r = 0; r < filled; r++) {
      rows[r] = Arrays.copyOfRange(reservoir, r * dimension, (r + 1) * dimension);
    }
    return rows;
  }

  /** Whether the sample holds every row profiled. */
  public boolean complete() {
    return filled == count;
  }

  @Override
  public EmbeddingProfile emptyWindow() {
    return new EmbeddingProfile(name, dimension, capacity, seed);
  }

  @Override
  public EmbeddingProfile merge(ColumnProfile other) {
    if (!(other instanceof EmbeddingProfile o) || o.dimension != dimension) {
      throw new IllegalArgumentException(
          "column " + name + ": embeddings of another dimension do not merge");
    }
    EmbeddingProfile m = new EmbeddingProfile(name, dimension, capacity, seed);
    m.count = count + o.count;
    for (int i = 0; i < dimension; i++) {
      m.sum[i] = sum[i] + o.sum[i];
    }
    SplittableRandom rnd = new SplittableRandom(seed ^ m.count ^ 0x5DEECE66DL);
    int[] a = shuffled(filled, rnd);
    int[] b = shuffled(o.filled, rnd);
    int take = (int) Math.min(capacity, (long) filled + o.filled);
    m.reservoir = new float[take * dimension];
    // Each slot comes from a side with probability proportional to the rows that side stands for
    // (not to what is left of its reservoir, which would over-sample the smaller side).
    double shareA = count + o.count == 0 ? 0 : (double) count / (count + o.count);
    int ia = 0;
    int ib = 0;
    for (int r = 0; r < take; r++) {
      boolean fromA = ib == b.length || (ia < a.length && rnd.nextDouble() < shareA);
      float[] src = fromA ? reservoir : o.reservoir;
      int row = fromA ? a[ia++] : b[ib++];
      System.arraycopy(src, row * dimension, m.reservoir, r * dimension, dimension);
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
