package io.modelplane.monitoring.profile;

import java.util.Arrays;

/**
 * A KLL quantile sketch (Karnin, Lang, Liberty 2016, in the form Apache DataSketches uses):
 * compactors of geometrically shrinking capacity k·(2/3)^depth; a full level is sorted and every
 * other item (random offset) moves up a level with twice the weight. Rank error ≈ 2.296 / k^0.9723
 * (normalised, 99% confidence), independent of n; merging concatenates levels and compacts.
 *
 * <p>Written here rather than taken from DataSketches 7 because that version's serialisation goes
 * through datasketches-memory 4, whose {@code jdk.incubator.foreign} classes no longer exist on JDK
 * 25; a profile must be persisted, so the sketch's state must be ours to write.
 */
final class KllSketch {

  private static final double SHRINK = 2.0 / 3.0;
  private static final int MIN_WIDTH = 8;

  final int k;
  long n;
  double[][] levels;
  int[] sizes;
  private long coin;
  private int retained;
  private int capacityTotal;

  KllSketch(int k) {
    this(
        k, 0, new double[][] {new double[Math.max(MIN_WIDTH, k)]}, new int[1], 0x9E3779B97F4A7C15L);
  }

  KllSketch(int k, long n, double[][] levels, int[] sizes, long coin) {
    this.k = k;
    this.n = n;
    this.levels = levels;
    this.sizes = sizes;
    this.coin = coin;
    for (int size : sizes) {
      retained += size;
    }
    this.capacityTotal = computeCapacityTotal();
  }

  /**
   * Normalised rank error at 99% confidence, the empirical bound DataSketches publishes for KLL.
   */
  static double rankError(int k) {
    return 2.296 / Math.pow(k, 0.9723);
  }

  boolean estimationMode() {
    return levels.length > 1;
  }

  void update(double v) {
    if (sizes[0] == levels[0].length) {
      levels[0] = Arrays.copyOf(levels[0], levels[0].length * 2);
    }
    levels[0][sizes[0]++] = v;
    n++;
    if (++retained > capacityTotal) {
      compress();
    }
  }

  void update(double[] values, int from, int to) {
    for (int i = from; i < to; i++) {
      update(values[i]);
    }
  }

  void merge(KllSketch other) {
    while (levels.length < other.levels.length) {
      addLevel();
    }
    for (int h = 0; h < other.levels.length; h++) {
      append(h, other.levels[h], 0, other.sizes[h]);
    }
    n += other.n;
    compress();
  }

  KllSketch copy() {
    double[][] l = new double[levels.length][];
    for (int h = 0; h < levels.length; h++) {
      l[h] = Arrays.copyOf(levels[h], Math.max(sizes[h], 1));
    }
    return new KllSketch(k, n, l, sizes.clone(), coin);
  }

  long coin() {
    return coin;
  }

  int retained() {
    return retained;
  }

  /** All retained items sorted, with cumulative weights (the last equals n). */
  Cdf cdf() {
    int levelCount = levels.length;
    double[][] sorted = new double[levelCount][];
    for (int h = 0; h < levelCount; h++) {
      sorted[h] = Arrays.copyOf(levels[h], sizes[h]);
      Arrays.sort(sorted[h]);
    }
    int[] heads = new int[levelCount];
    double[] items = new double[retained];
    long[] cumulative = new long[retained];
    long acc = 0;
    for (int c = 0; c < retained; c++) {
      int best = -1;
      for (int h = 0; h < levelCount; h++) {
        if (heads[h] < sorted[h].length
            && (best < 0 || sorted[h][heads[h]] < sorted[best][heads[best]])) {
          best = h;
        }
      }
      items[c] = sorted[best][heads[best]++];
      acc += 1L << best;
      cumulative[c] = acc;
    }
    return new Cdf(items, cumulative, acc, estimationMode() ? rankError(k) : 0);
  }

  /** For each p, the smallest retained item whose normalised rank is at least p. */
  double[] quantiles(double[] ps) {
    Cdf cdf = cdf();
    double[] q = new double[ps.length];
    for (int j = 0; j < ps.length; j++) {
      long target = (long) Math.ceil(ps[j] * cdf.n());
      int i = 0;
      while (i < cdf.items().length - 1 && cdf.cumulative()[i] < target) {
        i++;
      }
      q[j] = cdf.items().length == 0 ? Double.NaN : cdf.items()[i];
    }
    return q;
  }

  private int capacity(int level) {
    int depth = levels.length - 1 - level;
    return Math.max(MIN_WIDTH, (int) Math.ceil(k * Math.pow(SHRINK, depth)));
  }

  private int computeCapacityTotal() {
    int total = 0;
    for (int h = 0; h < levels.length; h++) {
      total += capacity(h);
    }
    return total;
  }

  private void compress() {
    while (retained > capacityTotal) {
      for (int h = 0; h < levels.length; h++) {
        if (sizes[h] >= capacity(h)) {
          compact(h);
          break;
        }
      }
    }
  }

  /** Sorts level h and promotes every other item (random offset); an odd one out stays. */
  private void compact(int h) {
    if (h + 1 == levels.length) {
      addLevel();
    }
    double[] level = levels[h];
    int size = sizes[h];
    Arrays.sort(level, 0, size);
    int start = size % 2;
    int offset = nextCoin();
    double[] promoted = new double[(size - start) / 2];
    for (int i = 0; i < promoted.length; i++) {
      promoted[i] = level[start + 2 * i + offset];
    }
    sizes[h] = start;
    retained -= size - start;
    append(h + 1, promoted, 0, promoted.length);
  }

  private void append(int h, double[] items, int from, int to) {
    int count = to - from;
    if (sizes[h] + count > levels[h].length) {
      levels[h] = Arrays.copyOf(levels[h], Math.max(levels[h].length * 2, sizes[h] + count));
    }
    System.arraycopy(items, from, levels[h], sizes[h], count);
    sizes[h] += count;
    retained += count;
  }

  private void addLevel() {
    levels = Arrays.copyOf(levels, levels.length + 1);
    levels[levels.length - 1] = new double[MIN_WIDTH];
    sizes = Arrays.copyOf(sizes, sizes.length + 1);
    capacityTotal = computeCapacityTotal();
  }

  /** A deterministic xorshift coin, so the same input gives the same profile. */
  private int nextCoin() {
    coin ^= coin << 13;
    coin ^= coin >>> 7;
    coin ^= coin << 17;
    return (int) (coin >>> 63);
  }
}
