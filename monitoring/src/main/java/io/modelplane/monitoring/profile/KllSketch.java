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
  private int[] capacities;

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

  /**
   * Adds a sorted chunk as one level-0 compaction: every other value (random offset) goes to level
   * 1 with weight 2, an odd one out to level 0. A compaction's rank error is at most its level's
   * weight whatever the buffer's size, so one big compaction per chunk errs no more than the many
   * small ones that single updates cause, and it replaces them with one (vectorised) sort of the
   * chunk.
   */
  void updateSorted(double[] sorted, int length) {
    if (length < 4 * MIN_WIDTH) {
      update(sorted, 0, length);
      return;
    }
    if (levels.length == 1) {
      addLevel();
    }
    int start = length % 2;
    if (start == 1) {
      update(sorted[0]);
    }
    int offset = nextCoin();
    int promoted = (length - start) / 2;
    int target = sizes[1];
    if (target + promoted > levels[1].length) {
      levels[1] = Arrays.copyOf(levels[1], Math.max(levels[1].length * 2, target + promoted));
    }
    for (int i = 0; i < promoted; i++) {
      levels[1][target + i] = sorted[start + 2 * i + offset];
    }
    sizes[1] = target + promoted;
    retained += promoted;
    n += length - start;
    compress();
  }

  void merge(KllSketch other) {
    mergeWithoutCompacting(other);
    compress();
  }

  /** Merges many sketches with one compaction pass at the end instead of one per sketch. */
  void mergeAll(Iterable<KllSketch> others) {
    for (KllSketch o : others) {
      mergeWithoutCompacting(o);
    }
    // A stream sketch of n items has about log2(n / 1.5k) + 1 levels; creating them before
    // compacting fixes the capacities, so one bottom-up sweep suffices instead of one per new
    // level.
    int expected = (int) Math.ceil(Math.log(Math.max(1.0, n / (1.5 * k))) / Math.log(2)) + 1;
    while (levels.length < expected) {
      addLevel();
    }
    compress();
  }

  private void mergeWithoutCompacting(KllSketch other) {
    while (levels.length < other.levels.length) {
      addLevel();
    }
    for (int h = 0; h < other.levels.length; h++) {
      append(h, other.levels[h], 0, other.sizes[h]);
    }
    n += other.n;
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

  /** Recomputes the per-level capacities (they change only when a level is added). */
  private int computeCapacityTotal() {
    capacities = new int[levels.length];
    int total = 0;
    for (int h = 0; h < levels.length; h++) {
      int depth = levels.length - 1 - h;
      capacities[h] = Math.max(MIN_WIDTH, (int) Math.ceil(k * Math.pow(SHRINK, depth)));
      total += capacities[h];
    }
    return total;
  }

  /**
   * Compacts full levels bottom-up in one sweep (repeated only if a new top level shrank the lower
   * levels' capacities): after a merge of many sketches every level is full at once, and restarting
   * from level 0 after each compaction would re-sort the lower levels many times.
   */
  private void compress() {
    while (retained > capacityTotal) {
      for (int h = 0; h < levels.length && retained > capacityTotal; h++) {
        if (sizes[h] >= capacities[h]) {
          compact(h);
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
    int promoted = (size - start) / 2;
    int target = sizes[h + 1];
    if (target + promoted > levels[h + 1].length) {
      levels[h + 1] =
          Arrays.copyOf(levels[h + 1], Math.max(levels[h + 1].length * 2, target + promoted));
    }
    double[] up = levels[h + 1];
    for (int i = 0; i < promoted; i++) {
      up[target + i] = level[start + 2 * i + offset];
    }
    sizes[h + 1] = target + promoted;
    sizes[h] = start;
    retained -= size - start - promoted;
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
