package io.modelplane.monitoring.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.modelplane.monitoring.table.ColumnKind;
import java.util.Arrays;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class NumericProfileTest {

  private static final ProfileOptions OPTIONS = ProfileOptions.defaults();

  @Test
  void shouldFreezeTwentyQuantileBinsHoldingAboutAFifthOfTheBaselineEach() {
    // Given
    double[] values = normal(100_000, 3);

    // When
    NumericProfile p = NumericProfile.baseline("x", ColumnKind.NUMERIC, values, OPTIONS);

    // Then
    assertThat(p.edges()).hasSize(19).isSorted();
    for (long count : p.binCounts()) {
      assertThat(count / 100_000.0).isCloseTo(0.05, within(0.006));
    }
    assertThat(p.mean()).isCloseTo(Arrays.stream(values).average().orElseThrow(), within(1e-9));
  }

  @Test
  void shouldKeepRawValuesOnlyUpToTheExactLimit() {
    // Given
    NumericProfile small =
        NumericProfile.baseline("x", ColumnKind.NUMERIC, normal(10_000, 1), OPTIONS);
    NumericProfile large =
        NumericProfile.baseline("x", ColumnKind.NUMERIC, normal(10_001, 1), OPTIONS);

    // Then
    assertThat(small.exactValues()).hasSize(10_000);
    assertThat(small.cdf().exact()).isTrue();
    assertThat(large.exactValues()).isNull();
    assertThat(large.cdf().exact()).isFalse();
  }

  @Test
  void shouldCollapseBinsOfAColumnWithFewValuesAndCountThem() {
    // Given a column of three values
    double[] values = new double[3000];
    Arrays.setAll(values, i -> i % 3);

    // When
    NumericProfile p = NumericProfile.baseline("x", ColumnKind.NUMERIC, values, OPTIONS);

    // Then
    assertThat(p.distinctUpToSix()).isEqualTo(3);
    assertThat(p.edges()).containsExactly(0, 1, 2);
    assertThat(p.binCounts()).containsExactly(1000, 1000, 1000, 0);
  }

  @Property(tries = 20)
  void shouldMergeChunkProfilesIntoTheProfileOfTheirUnion(
      @ForAll @IntRange(min = 1, max = 30) int chunks,
      @ForAll @IntRange(min = 1, max = 2_000) int chunkSize) {
    // Given a baseline and a window profiled in chunks and in one go
    NumericProfile baseline =
        NumericProfile.baseline("x", ColumnKind.NUMERIC, normal(20_000, 9), OPTIONS);
    double[] window = normal(chunks * chunkSize, chunks * 31L + chunkSize);
    NumericProfile whole = baseline.emptyWindow();
    whole.addAll(window);
    NumericProfile merged = baseline.emptyWindow();
    for (int c = 0; c < chunks; c++) {
      NumericProfile part = baseline.emptyWindow();
      part.addAll(Arrays.copyOfRange(window, c * chunkSize, (c + 1) * chunkSize));
      merged = merged.merge(part);
    }

    // Then counts and moments are equal, ranks within the sketch error
    assertThat(merged.binCounts()).containsExactly(whole.binCounts());
    assertThat(merged.ksGrid().counts).containsExactly(whole.ksGrid().counts);
    assertThat(merged.count()).isEqualTo(whole.count());
    assertThat(merged.mean()).isCloseTo(whole.mean(), within(1e-9));
    assertThat(merged.std()).isCloseTo(whole.std(), within(1e-9));
    assertThat(merged.min()).isEqualTo(whole.min());
    assertThat(merged.max()).isEqualTo(whole.max());
    assertThat(KllSketchTest.maxRankError(window, merged.cdf()))
        .isLessThanOrEqualTo(KllSketch.rankError(OPTIONS.kllK()));
    if (window.length <= OPTIONS.exactLimit()) {
      assertThat(merged.exactValues()).containsExactly(window);
    } else {
      assertThat(merged.exactValues()).isNull();
    }
  }

  @Test
  void shouldRefuseToMergeProfilesWithOtherBins() {
    // Given
    NumericProfile a = NumericProfile.baseline("x", ColumnKind.NUMERIC, normal(1000, 1), OPTIONS);
    NumericProfile b = NumericProfile.baseline("x", ColumnKind.NUMERIC, normal(1000, 2), OPTIONS);

    // Then
    assertThatThrownBy(() -> a.merge(b)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void shouldSkipNonFiniteValues() {
    // Given
    NumericProfile p =
        NumericProfile.baseline("x", ColumnKind.NUMERIC, normal(100, 1), OPTIONS).emptyWindow();

    // When
    p.addAll(new double[] {1, Double.NaN, 2, Double.POSITIVE_INFINITY});

    // Then
    assertThat(p.count()).isEqualTo(2);
    assertThat(p.mean()).isEqualTo(1.5);
  }

  static double[] normal(int n, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    double[] v = new double[n];
    for (int i = 0; i < n; i++) {
      v[i] = r.nextGaussian();
    }
    return v;
  }
}
