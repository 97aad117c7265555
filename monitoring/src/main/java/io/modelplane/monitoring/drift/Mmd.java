package io.modelplane.monitoring.drift;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Maximum mean discrepancy with an RBF kernel k(x, y) = exp(−|x − y|² / (2σ²)), σ by the median
 * heuristic (σ² = median pairwise squared distance of the pooled sample), and a seeded permutation
 * p-value. The statistic is the biased (V-) estimate of MMD², which is never negative.
 */
final class Mmd {

  record Result(double mmd2, double pValue, double bandwidth) {}

  private Mmd() {}

  static Result test(float[][] x, float[][] y, int permutations, long seed) {
    int n = x.length;
    int total = n + y.length;
    float[][] pooled = new float[total][];
    System.arraycopy(x, 0, pooled, 0, n);
    System.arraycopy(y, 0, pooled, n, y.length);
    double[][] squared = squaredDistances(pooled);
    double sigma2 = medianOffDiagonal(squared);
    double[][] k = new double[total][total];
    for (int i = 0; i < total; i++) {
      for (int j = 0; j < total; j++) {
        k[i][j] = Math.exp(-squared[i][j] / (2 * sigma2));
      }
    }
    int[] labels = new int[total];
    for (int i = n; i < total; i++) {
      labels[i] = 1;
    }
    double observed = statistic(k, labels, n, y.length);
    SplittableRandom random = new SplittableRandom(seed);
    int atLeast = 0;
    for (int p = 0; p < permutations; p++) {
      shuffle(labels, random);
      if (statistic(k, labels, n, y.length) >= observed - 1e-12) {
        atLeast++;
      }
    }
    return new Result(observed, (atLeast + 1.0) / (permutations + 1.0), Math.sqrt(sigma2));
  }

  /**
   * MMD² = mean k(x, x') + mean k(y, y') − 2 mean k(x, y), with x the rows labelled 0. The kernel
   * is symmetric, so each pair is visited once (half the work of the full matrix): the permutation
   * test calls this hundreds of times.
   */
  static double statistic(double[][] k, int[] labels, int n, int m) {
    double[] sums = new double[3];
    for (int i = 0; i < k.length; i++) {
      double[] row = k[i];
      int li = labels[i];
      double same = 0;
      double other = 0;
      for (int j = i + 1; j < row.length; j++) {
        double v = row[j];
        if (labels[j] == li) {
          same += v;
        } else {
          other += v;
        }
      }
      sums[2 * li] += 2 * same + row[i];
      sums[1] += 2 * other;
    }
    return sums[0] / ((double) n * n) + sums[2] / ((double) m * m) - sums[1] / ((double) n * m);
  }

  private static double[][] squaredDistances(float[][] rows) {
    int total = rows.length;
    double[][] d = new double[total][total];
    for (int i = 0; i < total; i++) {
      for (int j = i + 1; j < total; j++) {
        double s = 0;
        float[] a = rows[i];
        float[] b = rows[j];
        for (int t = 0; t < a.length; t++) {
          double diff = a[t] - b[t];
          s += diff * diff;
        }
        d[i][j] = s;
        d[j][i] = s;
      }
    }
    return d;
  }

  private static double medianOffDiagonal(double[][] squared) {
    int total = squared.length;
    double[] values = new double[total * (total - 1) / 2];
    int c = 0;
    for (int i = 0; i < total; i++) {
      for (int j = i + 1; j < total; j++) {
        values[c++] = squared[i][j];
      }
    }
    if (values.length == 0) {
      return 1;
    }
    Arrays.sort(values);
    double median = values[values.length / 2];
    return median > 0 ? median : 1;
  }

  private static void shuffle(int[] a, SplittableRandom random) {
    for (int i = a.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = a[i];
      a[i] = a[j];
      a[j] = t;
    }
  }
}
