package io.modelplane.monitoring.drift;

/**
 * The few special functions the tests' p-values need (Numerical Recipes style, double precision).
 */
final class SpecialFunctions {

  private static final double EPS = 1e-15;
  private static final double TINY = 1e-300;

  private SpecialFunctions() {}

  /**
   * Upper regularised incomplete gamma Q(a, x): the chi-square survival function is Q(df/2, x/2).
   */
  static double gammaQ(double a, double x) {
    if (x <= 0) {
      return 1;
    }
    if (x < a + 1) {
      return Math.max(0, 1 - gammaPSeries(a, x));
    }
    return gammaQContinuedFraction(a, x);
  }

  static double chiSquareSurvival(double statistic, int df) {
    return df <= 0 ? 1 : gammaQ(df / 2.0, statistic / 2.0);
  }

  private static double gammaPSeries(double a, double x) {
    double ap = a;
    double sum = 1 / a;
    double del = sum;
    for (int n = 0; n < 10_000; n++) {
      ap++;
      del *= x / ap;
      sum += del;
      if (Math.abs(del) < Math.abs(sum) * EPS) {
        break;
      }
    }
    return sum * Math.exp(-x + a * Math.log(x) - logGamma(a));
  }

  private static double gammaQContinuedFraction(double a, double x) {
    double b = x + 1 - a;
    double c = 1 / TINY;
    double d = 1 / b;
    double h = d;
    for (int i = 1; i < 10_000; i++) {
      double an = -i * (i - a);
      b += 2;
      d = an * d + b;
      d = Math.abs(d) < TINY ? TINY : d;
      c = b + an / c;
      c = Math.abs(c) < TINY ? TINY : c;
      d = 1 / d;
      double del = d * c;
      h *= del;
      if (Math.abs(del - 1) < EPS) {
        break;
      }
    }
    return Math.exp(-x + a * Math.log(x) - logGamma(a)) * h;
  }

  /** Lanczos approximation (g = 7, n = 9), accurate to ~1e-15 for x > 0. */
  static double logGamma(double x) {
    double[] c = {
      0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
      -176.61503916999185, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
      1.5056327351493116e-7
    };
    if (x < 0.5) {
      return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
    }
    x -= 1;
    double a = c[0];
    double t = x + 7.5;
    for (int i = 1; i < 9; i++) {
      a += c[i] / (x + i);
    }
    return 0.5 * Math.log(2 * Math.PI) + (x + 0.5) * Math.log(t) - t + Math.log(a);
  }

  /** Complementary error function, |relative error| < 1.2e-7 (Chebyshev fit, Numerical Recipes). */
  static double erfc(double x) {
    double z = Math.abs(x);
    double t = 1 / (1 + 0.5 * z);
    double r =
        t
            * Math.exp(
                -z * z
                    - 1.26551223
                    + t
                        * (1.00002368
                            + t
                                * (0.37409196
                                    + t
                                        * (0.09678418
                                            + t
                                                * (-0.18628806
                                                    + t
                                                        * (0.27886807
                                                            + t
                                                                * (-1.13520398
                                                                    + t
                                                                        * (1.48851587
                                                                            + t
                                                                                * (-0.82215223
                                                                                    + t
                                                                                        * 0.17087277)))))))));
    return x >= 0 ? r : 2 - r;
  }

  /**
   * Survival function of the Kolmogorov distribution, P(K > lambda): the alternating series for
   * large lambda, the Jacobi theta form for small lambda where the series converges slowly.
   */
  static double kolmogorovSurvival(double lambda) {
    if (lambda <= 0) {
      return 1;
    }
    if (lambda < 1) {
      double sum = 0;
      for (int k = 1; k <= 20; k++) {
        double j = 2 * k - 1;
        sum += Math.exp(-j * j * Math.PI * Math.PI / (8 * lambda * lambda));
      }
      return Math.max(0, Math.min(1, 1 - Math.sqrt(2 * Math.PI) / lambda * sum));
    }
    double sum = 0;
    for (int k = 1; k <= 100; k++) {
      double term = Math.exp(-2.0 * k * k * lambda * lambda);
      sum += (k % 2 == 1 ? term : -term);
      if (term < 1e-17) {
        break;
      }
    }
    return Math.max(0, Math.min(1, 2 * sum));
  }
}
