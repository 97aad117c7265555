package io.modelplane.monitoring.drift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.modelplane.monitoring.profile.Cdf;
import io.modelplane.monitoring.profile.NumericProfile;
import io.modelplane.monitoring.profile.ProfileOptions;
import io.modelplane.monitoring.table.ColumnKind;
import java.util.Arrays;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class KolmogorovSmirnovTest {

  @Test
  void shouldGiveScipysExactPValueForFullySeparatedSamplesOfThree() {
    // Given scipy.stats.ks_2samp([1,2,3],[4,5,6]) = (D 1.0, p 0.1): 2 of C(6,3) = 20 interleavings
    Cdf a = exactCdf(1, 2, 3);
    Cdf b = exactCdf(4, 5, 6);

    // When
    double d = KolmogorovSmirnov.statistic(a, b);
    double p = KolmogorovSmirnov.exactPValue(3, 3, d);

    // Then
    assertThat(d).isEqualTo(1.0);
    assertThat(p).isCloseTo(0.1, within(1e-12));
  }

  @Test
  void shouldGiveTwoOverBinomialForSeparatedSamplesOfFive() {
    // Given 2 / C(10,5) = 2/252, the exact p-value of D = 1 for n = m = 5
    double p = KolmogorovSmirnov.exactPValue(5, 5, 1.0);

    // Then
    assertThat(p).isCloseTo(2.0 / 252, within(1e-12));
  }

  @Property(tries = 60)
  void shouldMatchTheEnumeratedPermutationDistribution(
      @ForAll @IntRange(min = 1, max = 9) int n,
      @ForAll @IntRange(min = 1, max = 9) int m,
      @ForAll @IntRange(min = 1, max = 81) int numerator) {
    // Given a D that the lattice can take: k / lcm-ish grid of n·m
    double d = Math.min(1.0, numerator / (double) (n * m));

    // When
    double dp = KolmogorovSmirnov.exactPValue(n, m, d);
    double enumerated = ExactReference.ksPValueByEnumeration(n, m, d);

    // Then
    assertThat(dp).isCloseTo(enumerated, within(1e-9));
  }

  @Test
  void shouldMatchKolmogorovDistributionTableValues() {
    // Given the classic critical values: P(K > 1.36) ≈ 0.0494, P(K > 1.0) ≈ 0.2700, P(K > 0.5) ≈
    // 0.9639
    assertThat(SpecialFunctions.kolmogorovSurvival(1.36)).isCloseTo(0.0494, within(2e-4));
    assertThat(SpecialFunctions.kolmogorovSurvival(1.0)).isCloseTo(0.2700, within(2e-4));
    assertThat(SpecialFunctions.kolmogorovSurvival(0.5)).isCloseTo(0.9639, within(2e-4));
    // the two series agree where they meet
    assertThat(SpecialFunctions.kolmogorovSurvival(0.9999999))
        .isCloseTo(SpecialFunctions.kolmogorovSurvival(1.0000001), within(1e-6));
  }

  @Test
  void shouldApproachTheAsymptoticPValueForLargeExactSamples() {
    // Given n = m = 2000 and D = 0.04 (λ = sqrt(1000)·0.04 ≈ 1.265)
    double exact = KolmogorovSmirnov.exactPValue(2000, 2000, 0.04);
    double asymptotic = KolmogorovSmirnov.asymptoticPValue(2000, 2000, 0.04);

    // Then they agree to within the known O(1/sqrt(n)) correction
    assertThat(exact).isCloseTo(asymptotic, within(0.01));
  }

  @Property(tries = 20)
  void shouldComputeTheSameStatisticAsSortingBothSamples(
      @ForAll @IntRange(min = 1, max = 10_000) int seed) {
    // Given samples with ties (rounded values)
    double[] a =
        Arrays.stream(Samples.normal(300, 0, 1, seed)).map(v -> Math.round(v * 4) / 4.0).toArray();
    double[] b =
        Arrays.stream(Samples.normal(200, 0.3, 1, seed + 1))
            .map(v -> Math.round(v * 4) / 4.0)
            .toArray();

    // When
    double d = KolmogorovSmirnov.statistic(exactCdf(a), exactCdf(b));

    // Then
    assertThat(d).isCloseTo(ExactReference.ksStatistic(a, b), within(1e-12));
  }

  @Test
  void shouldEstimateDFromSketchesWithinOnePercentAtAMillionValues() {
    // Given two large samples that only sketches summarise
    double[] a = Samples.normal(1_000_000, 0, 1, 1);
    double[] b = Samples.normal(1_000_000, 0.05, 1.1, 2);
    Cdf sa = profile(a).cdf();
    Cdf sb = profile(b).cdf();

    // When
    double sketched = KolmogorovSmirnov.statistic(sa, sb);

    // Then
    assertThat(sa.exact()).isFalse();
    assertThat(sketched).isCloseTo(ExactReference.ksStatistic(a, b), within(0.01));
  }

  private static NumericProfile profile(double[] values) {
    return NumericProfile.baseline("x", ColumnKind.NUMERIC, values, ProfileOptions.defaults());
  }

  static Cdf exactCdf(double... values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    long[] cumulative = new long[sorted.length];
    Arrays.setAll(cumulative, i -> i + 1L);
    return new Cdf(sorted, cumulative, sorted.length, 0);
  }
}
