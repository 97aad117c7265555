package io.modelplane.monitoring.profile;

import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A fixed, seeded Gaussian random projection (Johnson–Lindenstrauss) from {@code d} to {@code p}
 * dimensions, entries N(0, 1/p) so squared distances are preserved in expectation. Baseline and
 * window profiles of one column share the seed and so the matrix: their reservoirs live in the same
 * projected space and MMD compares like with like. Matrices are shared by every profile of the same
 * shape and seed (a 384 × 32 matrix is 48 KB once per process, not per profile).
 */
final class RandomProjection {

  private static final Map<String, RandomProjection> SHARED = new ConcurrentHashMap<>();

  private final int from;
  private final int to;
  private final float[] matrix;

  private RandomProjection(int from, int to, long seed) {
    this.from = from;
    this.to = to;
    this.matrix = new float[from * to];
    SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + from);
    double scale = 1 / Math.sqrt(to);
    for (int i = 0; i < matrix.length; i++) {
      matrix[i] = (float) (random.nextGaussian() * scale);
    }
  }

  /** The projection for this shape and seed; {@code null} when nothing is to project (d ≤ p). */
  static RandomProjection of(int from, int to, long seed) {
    if (from <= to) {
      return null;
    }
    return SHARED.computeIfAbsent(
        from + "x" + to + "@" + seed, k -> new RandomProjection(from, to, seed));
  }

  /** Writes the projection of {@code row} (length d) into {@code out} (length p). */
  void apply(float[] row, float[] out) {
    java.util.Arrays.fill(out, 0f);
    for (int i = 0; i < from; i++) {
      float x = row[i];
      if (x == 0f) {
        continue;
      }
      int base = i * to;
      for (int j = 0; j < to; j++) {
        out[j] += x * matrix[base + j];
      }
    }
  }

  /**
   * Half-precision storage: 11 significant bits (relative error ≤ 2^-11) is far below the spread of
   * the pairwise distances the RBF kernel looks at. Magnitudes beyond the float16 range are clamped
   * rather than turned into infinities, which would poison every distance.
   */
  static short toHalf(float value) {
    float clamped = Math.max(-65504f, Math.min(65504f, value));
    return Float.floatToFloat16(clamped);
  }

  static float fromHalf(short half) {
    return Float.float16ToFloat(half);
  }
}
