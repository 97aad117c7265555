package io.modelplane.monitoring.drift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.modelplane.monitoring.profile.NumericProfile;
import io.modelplane.monitoring.profile.ProfileOptions;
import io.modelplane.monitoring.table.ColumnKind;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** Each statistic computed from profiles against the exact one on the same raw samples. */
class StatisticsAccuracyTest {

  private static final ProfileOptions OPTIONS = ProfileOptions.defaults();

  @Property(tries = 12)
  void shouldMatchExactHistogramPsiAndJensenShannonOnTheSameBins(
      @ForAll @IntRange(min = 1, max = 1000) int seed,
      @ForAll @DoubleRange(min = -1.5, max = 1.5) double shift,
      @ForAll @IntRange(min = 50, max = 300_000) int windowSize) {
    // Given
    double[] base = Samples.normal(200_000, 0, 1, seed);
    double[] cur = Samples.normal(windowSize, shift, 1.2, seed + 7);
    NumericProfile b = NumericProfile.baseline("x", ColumnKind.NUMERIC, base, OPTIONS);
    NumericProfile w = b.emptyWindow();
    w.addAll(cur);

    // When
    double psi =
        Divergences.psi(Divergences.fractions(b.binCounts()), Divergences.fractions(w.binCounts()));
    double js =
        Divergences.jensenShannon(
            Divergences.fractions(b.binCounts()), Divergences.fractions(w.binCounts()));

    // Then (same edges, counted by linear scan over the raw values)
    long[] eb = ExactReference.histogram(base, b.edges());
    long[] ew = ExactReference.histogram(cur, b.edges());
    assertThat(psi).isCloseTo(ExactReference.psi(eb, ew), within(0.01));
    assertThat(js).isCloseTo(ExactReference.jensenShannonBase2(eb, ew), within(0.01));
  }

  @Property(tries = 8)
  void shouldMatchExactWassersteinFromSortedSamples(
      @ForAll @IntRange(min = 1, max = 1000) int seed,
      @ForAll @DoubleRange(min = -1, max = 1) double shift) {
    // Given large samples that only sketches summarise (and an exponential: skewed)
    double[] base = Samples.exponential(300_000, 1, seed);
    double[] cur = Samples.exponential(200_000, 1 + shift / 3, seed + 1);
    NumericProfile b = NumericProfile.baseline("x", ColumnKind.NUMERIC, base, OPTIONS);
    NumericProfile w = b.emptyWindow();
    w.addAll(cur);

    // When
    double sketched = Wasserstein.distance(b.cdf(), w.cdf()) / b.std();

    // Then
    double exact = ExactReference.wasserstein(base, cur) / ExactReference.populationStd(base);
    assertThat(sketched).isCloseTo(exact, within(0.01));
  }

  @Test
  void shouldComputeWassersteinExactlyForSmallSamples() {
    // Given scipy.stats.wasserstein_distance([0, 1, 3], [5, 6, 8]) = 5.0
    double d =
        Wasserstein.distance(
            KolmogorovSmirnovTest.exactCdf(0, 1, 3), KolmogorovSmirnovTest.exactCdf(5, 6, 8));

    // Then
    assertThat(d).isCloseTo(5.0, within(1e-12));
    assertThat(
            Wasserstein.distance(
                KolmogorovSmirnovTest.exactCdf(1, 2), KolmogorovSmirnovTest.exactCdf(1, 2, 3, 4)))
        .isCloseTo(
            ExactReference.wasserstein(new double[] {1, 2}, new double[] {1, 2, 3, 4}),
            within(1e-12));
  }

  @Test
  void shouldMatchTheDefinitionOfMmdWithTheMedianBandwidth() {
    // Given two small embedding samples
    float[][] x = Samples.gaussianVectors(60, 5, 0, 1);
    float[][] y = Samples.gaussianVectors(40, 5, 0.7, 2);

    // When
    Mmd.Result r = Mmd.test(x, y, 50, 3);

    // Then
    assertThat(r.mmd2()).isCloseTo(ExactReference.mmd2(x, y, r.bandwidth()), within(1e-9));
  }

  @Test
  void shouldGiveTheChiSquareSurvivalOfKnownQuantiles() {
    // Given the 95% quantiles of chi-square with 1 and 10 degrees of freedom: 3.841, 18.307
    assertThat(SpecialFunctions.chiSquareSurvival(3.841459, 1)).isCloseTo(0.05, within(1e-5));
    assertThat(SpecialFunctions.chiSquareSurvival(18.307038, 10)).isCloseTo(0.05, within(1e-5));
    assertThat(SpecialFunctions.chiSquareSurvival(0, 3)).isEqualTo(1.0);
  }

  @Test
  void shouldMatchScipysChiSquareContingencyOnATwoByThreeTable() {
    // Given scipy.stats.chi2_contingency([[10, 20, 30], [15, 15, 30]], correction=False):
    // expected [[12.5, 17.5, 30], [12.5, 17.5, 30]], chi2 = 2·(6.25/12.5 + 6.25/17.5) = 1.714286
    double[] r = Contingency.chiSquare(new long[] {10, 20, 30}, new long[] {15, 15, 30});

    // Then p = exp(-chi2/2) for 2 degrees of freedom
    assertThat(r[0]).isCloseTo(1.7142857, within(1e-6));
    assertThat(r[1]).isCloseTo(Math.exp(-1.7142857 / 2), within(1e-6));
  }

  @Test
  void shouldMatchATwoProportionZTestByHand() {
    // Given 60/100 vs 45/100: pooled 0.525, se = sqrt(.525·.475·.02) = 0.0706222, z = 2.12398
    double[] r = Contingency.zTest(new long[] {60, 40}, new long[] {45, 55});

    // Then
    assertThat(r[0]).isCloseTo(2.12398, within(1e-4));
    assertThat(r[1]).isCloseTo(0.03367, within(1e-4));
  }
}
