package io.modelplane.monitoring.drift;

import java.util.SplittableRandom;

/** Seeded samples for the statistics tests. */
final class Samples {

  private Samples() {}

  static double[] normal(int n, double mean, double std, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    double[] v = new double[n];
    for (int i = 0; i < n; i += 2) {
      double u1 = 1 - r.nextDouble();
      double u2 = r.nextDouble();
      double radius = Math.sqrt(-2 * Math.log(u1));
      v[i] = mean + std * radius * Math.cos(2 * Math.PI * u2);
      if (i + 1 < n) {
        v[i + 1] = mean + std * radius * Math.sin(2 * Math.PI * u2);
      }
    }
    return v;
  }

  static double[] exponential(int n, double rate, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    double[] v = new double[n];
    for (int i = 0; i < n; i++) {
      v[i] = -Math.log(1 - r.nextDouble()) / rate;
    }
    return v;
  }

  static float[][] gaussianVectors(int n, int dim, double shift, long seed) {
    double[] flat = normal(n * dim, 0, 1, seed);
    float[][] rows = new float[n][dim];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < dim; j++) {
        rows[i][j] = (float) (flat[i * dim + j] + (j == 0 ? shift : 0));
      }
    }
    return rows;
  }
}
