package io.modelplane.monitoring.drift;

import static io.modelplane.monitoring.drift.Fixtures.baseline;
import static io.modelplane.monitoring.drift.Fixtures.numeric;
import static io.modelplane.monitoring.drift.Fixtures.window;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.modelplane.monitoring.profile.DatasetProfile;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class DriftPropertiesTest {

  @Property(tries = 25)
  void shouldFindNoDriftAndZeroPsiBetweenIdenticalSamples(
      @ForAll @IntRange(min = 30, max = 40_000) int n,
      @ForAll @IntRange(min = 1, max = 1000) int seed,
      @ForAll Statistic statistic) {
    // Given the same values as baseline and window
    if (statistic == Statistic.MMD) {
      return;
    }
    double[] values = Samples.exponential(n, 1, seed);
    DatasetProfile base = baseline(numeric("x", values));
    DatasetProfile cur = window(base, numeric("x", values));
    DriftOptions options =
        DriftOptions.defaults().withColumn("x", ColumnOptions.statistic(statistic));

    // When
    ColumnDrift c = DriftEvaluator.evaluate(base, cur, options).columns().get(0);

    // Then
    assertThat(c.drifted()).isFalse();
    if (statistic == Statistic.PSI
        || statistic == Statistic.JENSEN_SHANNON
        || statistic == Statistic.KS) {
      assertThat(c.value()).isCloseTo(0, within(1e-12));
    }
    assertThat(c.windowHistogram()).isEqualTo(c.baselineHistogram());
  }

  @Property(tries = 200)
  void shouldKeepJensenShannonWithinZeroAndOneAndSymmetric(
      @ForAll @Size(min = 1, max = 30) List<@IntRange(min = 0, max = 1_000_000) Integer> a,
      @ForAll @Size(min = 1, max = 30) List<@IntRange(min = 0, max = 1_000_000) Integer> b) {
    // Given two count vectors over the same bins, each with some mass
    int k = Math.min(a.size(), b.size());
    long[] ca = a.subList(0, k).stream().mapToLong(Integer::longValue).toArray();
    long[] cb = b.subList(0, k).stream().mapToLong(Integer::longValue).toArray();
    ca[0] += 1;
    cb[k - 1] += 1;
    double[] p = Divergences.fractions(ca);
    double[] q = Divergences.fractions(cb);

    // When
    double js = Divergences.jensenShannon(p, q);

    // Then
    assertThat(js).isBetween(0.0, 1.0);
    assertThat(js).isCloseTo(Divergences.jensenShannon(q, p), within(1e-12));
    assertThat(Divergences.psi(p, q))
        .isCloseTo(Divergences.psi(q, p), within(1e-9))
        .isGreaterThanOrEqualTo(0);
  }

  @Property(tries = 50)
  void shouldGiveTheMaximumDistanceOneForDisjointSupports(
      @ForAll @IntRange(min = 2, max = 40) int bins) {
    // Given all mass in the first bin vs all in the last
    long[] a = new long[bins];
    long[] b = new long[bins];
    a[0] = 10;
    b[bins - 1] = 7;

    // Then
    assertThat(Divergences.jensenShannon(Divergences.fractions(a), Divergences.fractions(b)))
        .isCloseTo(1.0, within(1e-12));
  }

  @Property(tries = 10)
  void shouldGiveTheSameReportForAWindowMergedFromChunks(
      @ForAll @IntRange(min = 2, max = 12) int chunks,
      @ForAll @DoubleRange(min = 0, max = 1) double shift) {
    // Given a window profiled whole and in chunks
    DatasetProfile base = baseline(numeric("x", Samples.normal(20_000, 0, 1, 1)));
    double[] w = Samples.normal(chunks * 3_000, shift, 1, chunks);
    DatasetProfile whole = window(base, numeric("x", w));
    DatasetProfile merged = base.emptyWindow();
    List<DatasetProfile> parts = new java.util.ArrayList<>();
    for (int c = 0; c < chunks; c++) {
      double[] chunk = java.util.Arrays.copyOfRange(w, c * 3_000, (c + 1) * 3_000);
      DatasetProfile part = window(base, numeric("x", chunk));
      merged = merged.merge(part);
      parts.add(part);
    }
    DatasetProfile mergedAtOnce = DatasetProfile.mergeAll(base.emptyWindow(), parts);
    DriftOptions psi =
        DriftOptions.defaults().withColumn("x", ColumnOptions.statistic(Statistic.PSI));

    // When
    ColumnDrift a = DriftEvaluator.evaluate(base, whole, psi).columns().get(0);
    ColumnDrift b = DriftEvaluator.evaluate(base, merged, psi).columns().get(0);
    double wa =
        DriftEvaluator.evaluate(base, whole, DriftOptions.defaults()).columns().get(0).value();
    double wb =
        DriftEvaluator.evaluate(base, merged, DriftOptions.defaults()).columns().get(0).value();

    // Then PSI is identical (exact bin counts), Wasserstein within the sketch error
    double[] b0 = Samples.normal(20_000, 0, 1, 1);
    double exact = ExactReference.wasserstein(b0, w) / ExactReference.populationStd(b0);
    assertThat(b.value()).isEqualTo(a.value());
    assertThat(b.windowCount()).isEqualTo(w.length);
    assertThat(wb).isCloseTo(wa, within(0.01));
    assertThat(wa).isCloseTo(exact, within(0.01));
    assertThat(wb).isCloseTo(exact, within(0.01));
    ColumnDrift atOnce = DriftEvaluator.evaluate(base, mergedAtOnce, psi).columns().get(0);
    assertThat(atOnce.value()).isEqualTo(a.value());
    assertThat(mergedAtOnce.rows()).isEqualTo(merged.rows());
    assertThat(
            DriftEvaluator.evaluate(base, mergedAtOnce, DriftOptions.defaults())
                .columns()
                .get(0)
                .value())
        .isCloseTo(exact, within(0.01));
  }
}
