package io.modelplane.monitoring.drift;

import static io.modelplane.monitoring.drift.Fixtures.baseline;
import static io.modelplane.monitoring.drift.Fixtures.categorical;
import static io.modelplane.monitoring.drift.Fixtures.counts;
import static io.modelplane.monitoring.drift.Fixtures.embedding;
import static io.modelplane.monitoring.drift.Fixtures.numeric;
import static io.modelplane.monitoring.drift.Fixtures.only;
import static io.modelplane.monitoring.drift.Fixtures.window;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.modelplane.kernel.error.InvalidInputException;
import io.modelplane.monitoring.profile.DatasetProfile;
import io.modelplane.monitoring.table.Table;
import java.util.List;
import org.junit.jupiter.api.Test;

class DriftEvaluatorTest {

  private static final DriftOptions DEFAULTS = DriftOptions.defaults();

  @Test
  void shouldDetectAOneSigmaShiftAtFiveThousandRows() {
    // Given
    DatasetProfile base = baseline(numeric("x", Samples.normal(5_000, 0, 1, 1)));
    DatasetProfile cur = window(base, numeric("x", Samples.normal(5_000, 1, 1, 2)));

    // When
    DriftReport r = DriftEvaluator.evaluate(base, cur, DEFAULTS);

    // Then (large reference: normalised Wasserstein ≈ 1σ)
    assertThat(only(r).statistic()).isEqualTo("wasserstein");
    assertThat(only(r).value()).isCloseTo(1.0, within(0.05));
    assertThat(only(r).drifted()).isTrue();
    assertThat(r.datasetDrift()).isTrue();
  }

  @Test
  void shouldNotFlagATinyShiftAtLargeNWhereAnExactKsTestWould() {
    // Given 200k rows shifted by 0.03σ: practically the same distribution
    double[] b = Samples.normal(200_000, 0, 1, 3);
    double[] w = Samples.normal(200_000, 0.03, 1, 4);
    DatasetProfile base = baseline(numeric("x", b));
    DatasetProfile cur = window(base, numeric("x", w));

    // When
    DriftReport r = DriftEvaluator.evaluate(base, cur, DEFAULTS);

    // Then the distance default does not flag it, while KS on the raw values is "significant"
    double exactD = ExactReference.ksStatistic(b, w);
    assertThat(KolmogorovSmirnov.asymptoticPValue(b.length, w.length, exactD)).isLessThan(0.001);
    assertThat(only(r).statistic()).isEqualTo("wasserstein");
    assertThat(only(r).value()).isLessThan(0.05);
    assertThat(only(r).drifted()).isFalse();
  }

  @Test
  void shouldUseAnExactKsTestForASmallReference() {
    // Given 800 baseline rows and a window of 500 shifted by half a sigma
    DatasetProfile base = baseline(numeric("x", Samples.normal(800, 0, 1, 5)));
    DatasetProfile cur = window(base, numeric("x", Samples.normal(500, 0.5, 1, 6)));

    // When
    ColumnDrift c = only(DriftEvaluator.evaluate(base, cur, DEFAULTS));

    // Then
    assertThat(c.statistic()).isEqualTo("ks");
    assertThat(c.method()).isEqualTo("exact");
    assertThat(c.pValue()).isNotNull().isLessThan(0.05);
    assertThat(c.threshold()).isEqualTo(0.05);
    assertThat(c.drifted()).isTrue();
  }

  @Test
  void shouldLabelAKsTestOverSketchesAndKeepItsPValueConservative() {
    // Given a small reference with KS forced, and a window too large to keep raw values
    DatasetProfile base = baseline(numeric("x", Samples.normal(900, 0, 1, 7)));
    DatasetProfile cur = window(base, numeric("x", Samples.normal(50_000, 0, 1, 8)));
    DriftOptions ks = DEFAULTS.withColumn("x", ColumnOptions.statistic(Statistic.KS));

    // When
    ColumnDrift c = only(DriftEvaluator.evaluate(base, cur, ks));

    // Then
    assertThat(c.method()).isEqualTo("sketch");
    assertThat(c.drifted()).isFalse();
  }

  @Test
  void shouldChooseChiSquareZTestAndJensenShannonForCategoriesLikeEvidently() {
    // Given a small three-category, a small binary and a large categorical baseline
    DatasetProfile base =
        baseline(
            categorical("color", counts("red", 300, "green", 300, "blue", 300)),
            categorical("flag", counts("yes", 500, "no", 400)),
            categorical("city", counts("Oslo", 5_000, "Rome", 5_000)));
    DatasetProfile cur =
        window(
            base,
            categorical("color", counts("red", 100, "green", 100, "blue", 400)),
            categorical("flag", counts("yes", 50, "no", 50)),
            categorical("city", counts("Oslo", 500, "Rome", 500, "Paris", 500)));

    // When
    DriftReport r = DriftEvaluator.evaluate(base, cur, DEFAULTS);

    // Then
    assertThat(r.columns())
        .extracting(ColumnDrift::statistic)
        .containsExactly("chi_square", "z_test", "jensen_shannon");
    assertThat(r.columns()).extracting(ColumnDrift::drifted).containsExactly(true, false, true);
    assertThat(r.columns().get(2).windowHistogram().labels())
        .containsExactly("Oslo", "Rome", "Paris");
    assertThat(r.columns().get(2).baselineHistogram().fractions()).containsExactly(0.5, 0.5, 0.0);
  }

  @Test
  void shouldTreatANumericColumnWithFewValuesAsCategorical() {
    // Given a 0/1/2 column of 900 rows
    double[] b = new double[900];
    double[] w = new double[300];
    for (int i = 0; i < b.length; i++) {
      b[i] = i % 3;
    }
    for (int i = 0; i < w.length; i++) {
      w[i] = i % 2;
    }
    DatasetProfile base = baseline(numeric("n", b));

    // When
    ColumnDrift c = only(DriftEvaluator.evaluate(base, window(base, numeric("n", w)), DEFAULTS));

    // Then
    assertThat(c.statistic()).isEqualTo("chi_square");
    assertThat(c.drifted()).isTrue();
  }

  @Test
  void shouldDetectAShiftedEmbeddingWithMmdAndNotAnUnshiftedOne() {
    // Given
    DatasetProfile base = baseline(embedding("e", Samples.gaussianVectors(400, 16, 0, 1)));

    // When
    ColumnDrift same =
        only(
            DriftEvaluator.evaluate(
                base,
                window(base, embedding("e", Samples.gaussianVectors(300, 16, 0, 2))),
                DEFAULTS));
    ColumnDrift shifted =
        only(
            DriftEvaluator.evaluate(
                base,
                window(base, embedding("e", Samples.gaussianVectors(300, 16, 1, 3))),
                DEFAULTS));

    // Then
    assertThat(same.statistic()).isEqualTo("mmd");
    assertThat(same.drifted()).isFalse();
    assertThat(shifted.pValue()).isLessThan(0.05);
    assertThat(shifted.drifted()).isTrue();
    assertThat(shifted.method()).isEqualTo("exact");
  }

  @Test
  void shouldAnswerNoDataForAWindowWithoutRows() {
    // Given
    DatasetProfile base = baseline(numeric("x", Samples.normal(2_000, 0, 1, 1)));
    DatasetProfile empty = base.emptyWindow();

    // When
    DriftReport r = DriftEvaluator.evaluate(base, empty, DEFAULTS);

    // Then
    assertThat(r.noData()).isTrue();
    assertThat(r.columns()).isEmpty();
    assertThat(r.driftShare()).isZero();
    assertThat(r.datasetDrift()).isFalse();
  }

  @Test
  void shouldDecideDatasetDriftByTheShareOfDriftedColumns() {
    // Given three columns of which one drifts
    DatasetProfile base =
        baseline(
            numeric("a", Samples.normal(3_000, 0, 1, 1)),
            numeric("b", Samples.normal(3_000, 0, 1, 2)),
            numeric("c", Samples.normal(3_000, 0, 1, 3)));
    DatasetProfile cur =
        window(
            base,
            numeric("a", Samples.normal(3_000, 2, 1, 4)),
            numeric("b", Samples.normal(3_000, 0, 1, 5)),
            numeric("c", Samples.normal(3_000, 0, 1, 6)));

    // When
    DriftReport byDefault = DriftEvaluator.evaluate(base, cur, DEFAULTS);
    DriftReport strict = DriftEvaluator.evaluate(base, cur, DEFAULTS.withDriftShare(0.3));

    // Then
    assertThat(byDefault.driftedColumns()).isEqualTo(1);
    assertThat(byDefault.driftShare()).isCloseTo(1 / 3.0, within(1e-12));
    assertThat(byDefault.datasetDrift()).isFalse();
    assertThat(strict.datasetDrift()).isTrue();
  }

  @Test
  void shouldHonourAPerColumnStatisticAndThreshold() {
    // Given
    DatasetProfile base = baseline(numeric("x", Samples.normal(5_000, 0, 1, 1)));
    DatasetProfile cur = window(base, numeric("x", Samples.normal(5_000, 0.3, 1, 2)));
    DriftOptions psi = DEFAULTS.withColumn("x", new ColumnOptions(Statistic.PSI, 0.5));

    // When
    ColumnDrift c = only(DriftEvaluator.evaluate(base, cur, psi));

    // Then
    assertThat(c.statistic()).isEqualTo("psi");
    assertThat(c.threshold()).isEqualTo(0.5);
    assertThat(c.value()).isBetween(0.05, 0.5);
    assertThat(c.drifted()).isFalse();
    assertThat(c.baselineHistogram().edges()).hasSize(21);
  }

  @Test
  void shouldRefuseOptionsForUnknownColumnsInapplicableStatisticsAndBadThresholds() {
    // Given
    DatasetProfile base = baseline(numeric("x", Samples.normal(100, 0, 1, 1)));

    // Then
    assertThatThrownBy(
            () ->
                DriftEvaluator.evaluate(
                    base,
                    base.emptyWindow(),
                    DEFAULTS.withColumn("nope", ColumnOptions.threshold(0.1))))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("columns.nope");
    assertThatThrownBy(
            () ->
                DriftEvaluator.evaluate(
                    base,
                    base.emptyWindow(),
                    DEFAULTS.withColumn("x", ColumnOptions.statistic(Statistic.MMD))))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("columns.x.statistic");
    assertThatThrownBy(
            () ->
                DriftEvaluator.evaluate(
                    base,
                    base.emptyWindow(),
                    DEFAULTS.withColumn("x", ColumnOptions.threshold(1.5))))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("columns.x.threshold");
  }

  @Test
  void shouldReportABaselineColumnMissingFromTheWindow() {
    // Given
    DatasetProfile base =
        baseline(
            numeric("x", Samples.normal(100, 0, 1, 1)), numeric("y", Samples.normal(100, 0, 1, 2)));
    DatasetProfile cur = window(base, numeric("x", Samples.normal(100, 0, 1, 3)));

    // When
    DriftReport r = DriftEvaluator.evaluate(base, cur, DEFAULTS);

    // Then
    assertThat(r.columns()).extracting(ColumnDrift::column).containsExactly("x");
    assertThat(r.problems())
        .anySatisfy(
            p -> {
              assertThat(p.column()).isEqualTo("y");
              assertThat(p.codeId()).isEqualTo("no_window_data");
            });
  }

  @Test
  void shouldReportAWindowColumnOfAnotherKind() {
    // Given a numeric baseline column that arrives as categories
    DatasetProfile base = baseline(numeric("x", Samples.normal(100, 0, 1, 1)));
    Table table = Fixtures.table(categorical("x", counts("a", 3)));

    // When
    DriftReport r =
        DriftEvaluator.evaluate(
            base, io.modelplane.monitoring.profile.Profiler.window(table, base), DEFAULTS);

    // Then
    assertThat(r.noData()).isTrue();
    assertThat(r.problems())
        .extracting(p -> p.codeId())
        .contains("kind_mismatch", "no_window_data");
    assertThat(List.of(r.driftShare())).containsExactly(0.0);
  }
}
