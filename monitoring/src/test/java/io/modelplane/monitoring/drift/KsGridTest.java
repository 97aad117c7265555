package io.modelplane.monitoring.drift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.modelplane.monitoring.profile.DatasetProfile;
import io.modelplane.monitoring.profile.NumericProfile;
import io.modelplane.monitoring.profile.ProfileOptions;
import io.modelplane.monitoring.table.ColumnKind;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * KS of large windows from the grid counts: never above the exact statistic, at most the baseline's
 * bound (≤ 1/256) below it, whatever ties or point masses either side has.
 */
class KsGridTest {

  private static final ProfileOptions OPTIONS = ProfileOptions.defaults();

  @Property(tries = 60)
  void shouldStayWithinTheBaselinesBoundBelowTheExactStatistic(
      @ForAll @IntRange(min = 300, max = 30_000) int n,
      @ForAll @IntRange(min = 300, max = 30_000) int m,
      @ForAll @DoubleRange(min = -1, max = 1) double shift,
      @ForAll @DoubleRange(min = 0.2, max = 3) double scale,
      @ForAll @IntRange(min = 0, max = 3) int decimals,
      @ForAll @IntRange(min = 1, max = 10_000) int seed) {
    // Given a baseline and a window, rounded so that both can hold many ties
    double[] base = rounded(Samples.normal(n, 0, 1, seed), decimals);
    double[] window = rounded(Samples.normal(m, shift, scale, seed + 1L), decimals);
    NumericProfile b = profile(base);
    NumericProfile w = b.emptyWindow();
    w.addAll(window);

    // When
    double grid = b.ksGrid().statistic(w.ksGrid());

    // Then
    double exact = ExactReference.ksStatistic(base, window);
    assertThat(b.ksGrid().interiorBound()).isLessThanOrEqualTo(1.0 / OPTIONS.ksGridBins());
    assertThat(grid).isLessThanOrEqualTo(exact + 1e-12);
    assertThat(grid).isGreaterThanOrEqualTo(exact - b.ksGrid().interiorBound() - 1e-12);
  }

  @Test
  void shouldSeeAWindowMassJustBelowABaselinePointMass() {
    // Given a baseline that is half zeros, and a window with half its values just below zero
    double[] base = Samples.normal(20_000, 0, 1, 3);
    Arrays.fill(base, 0, 10_000, 0.0);
    double[] window = Samples.normal(20_000, 0, 1, 4);
    Arrays.fill(window, 0, 10_000, -1e-9);
    NumericProfile b = profile(base);
    NumericProfile w = b.emptyWindow();
    w.addAll(window);

    // When
    double grid = b.ksGrid().statistic(w.ksGrid());

    // Then the jump of about one half between -1e-9 and 0 is seen
    double exact = ExactReference.ksStatistic(base, window);
    assertThat(exact).isGreaterThan(0.45);
    assertThat(grid).isCloseTo(exact, within(1.0 / OPTIONS.ksGridBins()));
  }

  @Test
  void shouldAnswerKsOfLargeWindowsFromTheGridAndOthersFromTheirValues() {
    // Given a baseline past the exact limit, and a large and a small window
    double[] base = Samples.exponential(50_000, 1, 5);
    double[] large = Samples.exponential(40_000, 1.2, 6);
    double[] small = Arrays.copyOf(large, 2_000);
    NumericProfile b = profile(base);
    NumericProfile bigWindow = b.emptyWindow();
    bigWindow.addAll(large);
    NumericProfile smallWindow = b.emptyWindow();
    smallWindow.addAll(small);

    // When
    Outcome fromGrid = NumericComparison.ks(b, bigWindow);
    Outcome fromValues = NumericComparison.ks(b, smallWindow);

    // Then the large window's D is the grid's, both within 0.01 of exact
    assertThat(fromGrid.value()).isEqualTo(b.ksGrid().statistic(bigWindow.ksGrid()));
    assertThat(fromGrid.value()).isCloseTo(ExactReference.ksStatistic(base, large), within(0.01));
    assertThat(fromGrid.method()).isEqualTo(ColumnDrift.SKETCH);
    assertThat(fromGrid.pValue()).isLessThan(0.05);
    assertThat(fromValues.value()).isCloseTo(ExactReference.ksStatistic(base, small), within(0.01));
  }

  @Test
  void shouldCompareProfilesStoredBeforeGridsExistedThroughTheirSketches() throws IOException {
    // Given a baseline and a 15,000-row window stored by profile format 2 (no grid counts)
    DatasetProfile base = DatasetProfile.fromBytes(resource("v2-baseline.profile"));
    DatasetProfile window = DatasetProfile.fromBytes(resource("v2-window.profile"));
    NumericProfile b = (NumericProfile) base.column("x").orElseThrow();
    NumericProfile w = (NumericProfile) window.column("x").orElseThrow();

    // When
    Outcome ks = NumericComparison.ks(b, w);
    DriftReport report = DriftEvaluator.evaluate(base, window, DriftOptions.defaults());

    // Then no grid is made up: KS comes from the sketches and sees the window's shift of 0.3
    assertThat(b.ksGrid()).isNull();
    assertThat(w.ksGrid()).isNull();
    assertThat(ks.value()).isBetween(0.08, 0.16);
    assertThat(ks.method()).isEqualTo(ColumnDrift.SKETCH);
    assertThat(report.columns()).singleElement().extracting(ColumnDrift::drifted).isEqualTo(true);
  }

  private static NumericProfile profile(double[] values) {
    return NumericProfile.baseline("x", ColumnKind.NUMERIC, values, OPTIONS);
  }

  private static double[] rounded(double[] values, int decimals) {
    double factor = Math.pow(10, decimals);
    return Arrays.stream(values).map(v -> Math.round(v * factor) / factor).toArray();
  }

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = KsGridTest.class.getResourceAsStream("/profiles/" + name)) {
      return in.readAllBytes();
    }
  }
}
