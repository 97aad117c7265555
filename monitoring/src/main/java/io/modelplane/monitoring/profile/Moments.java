package io.modelplane.monitoring.profile;

/**
 * Count, min, max, mean and sum of squared deviations, mergeable without loss (Chan et al.'s
 * parallel update), so a merged window has the same mean and variance as one built in one pass.
 */
final class Moments {

  long count;
  double min = Double.POSITIVE_INFINITY;
  double max = Double.NEGATIVE_INFINITY;
  double mean;
  double m2;

  void add(double v) {
    count++;
    double d = v - mean;
    mean += d / count;
    m2 += d * (v - mean);
    min = Math.min(min, v);
    max = Math.max(max, v);
  }

  /** Two passes over the chunk (cache-friendly, no division per value), then one merge. */
  void addAll(double[] values, int from, int to) {
    int n = to - from;
    if (n == 0) {
      return;
    }
    double sum = 0;
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (int i = from; i < to; i++) {
      double v = values[i];
      sum += v;
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
    }
    double chunkMean = sum / n;
    double chunkM2 = 0;
    for (int i = from; i < to; i++) {
      double d = values[i] - chunkMean;
      chunkM2 += d * d;
    }
    merge(n, chunkMean, chunkM2, lo, hi);
  }

  void merge(Moments o) {
    merge(o.count, o.mean, o.m2, o.min, o.max);
  }

  private void merge(long n, double otherMean, double otherM2, double lo, double hi) {
    if (n == 0) {
      return;
    }
    long total = count + n;
    double delta = otherMean - mean;
    mean += delta * n / total;
    m2 += otherM2 + delta * delta * ((double) count * n / total);
    count = total;
    min = Math.min(min, lo);
    max = Math.max(max, hi);
  }

  /** Population standard deviation (ddof = 0, as numpy's default that Evidently uses). */
  double std() {
    return count == 0 ? 0 : Math.sqrt(m2 / count);
  }

  Moments copy() {
    Moments m = new Moments();
    m.count = count;
    m.min = min;
    m.max = max;
    m.mean = mean;
    m.m2 = m2;
    return m;
  }
}
