package io.modelplane.monitoring.profile;

/**
 * An empirical step CDF: {@code F(x) = cumulative[i] / n} for {@code items[i] <= x < items[i+1]}.
 * From raw values it is exact ({@code rankError = 0}); from a KLL sketch its ranks are within
 * {@code rankError} (normalised, 99% confidence) of the true ones.
 */
public record Cdf(double[] items, long[] cumulative, long n, double rankError) {

  public boolean exact() {
    return rankError == 0;
  }
}
