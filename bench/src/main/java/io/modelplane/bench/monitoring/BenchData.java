package io.modelplane.bench.monitoring;

import java.util.SplittableRandom;

/** Seeded columns for the monitoring benchmarks: normal, exponential and log-normal shapes. */
final class BenchData {

  private BenchData() {}

  static double[] normal(int n, double mean, double std, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    double[] v = new double[n];
    for (int i = 0; i < n; i++) {
      v[i] = mean + std * r.nextGaussian();
    }
    return v;
  }

  /**
   * Column {@code c} of a dataset: its shape cycles normal / exponential / log-normal; {@code
   * shift} moves it by that many of its standard deviations.
   */
  static double[] column(int c, int n, double shift, long seed) {
    SplittableRandom r = new SplittableRandom(seed * 1_000 + c);
    double[] v = new double[n];
    for (int i = 0; i < n; i++) {
      v[i] =
          switch (c % 3) {
            case 0 -> 100 + c + 15 * (r.nextGaussian() + shift);
            case 1 -> -Math.log(1 - r.nextDouble()) + shift;
            default -> Math.exp(0.5 * r.nextGaussian()) + shift * 0.6;
          };
    }
    return v;
  }
}
