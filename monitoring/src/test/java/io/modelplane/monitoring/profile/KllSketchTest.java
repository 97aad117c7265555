package io.modelplane.monitoring.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.DoubleSupplier;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class KllSketchTest {

  @Test
  void shouldKeepRanksWithinTheStatedErrorForAMillionValues() {
    // Given uniform, normal and already-sorted input (sorted input is the adversarial order)
    SplittableRandom r = new SplittableRandom(7);
    double[][] inputs = {
      values(1_000_000, r::nextDouble), values(1_000_000, r::nextGaussian), sortedRamp(1_000_000)
    };
    for (double[] v : inputs) {
      // When
      KllSketch s = new KllSketch(400);
      s.update(v, 0, v.length);

      // Then
      assertThat(s.cdf().n()).isEqualTo(v.length);
      assertThat(maxRankError(v, s.cdf())).isLessThanOrEqualTo(KllSketch.rankError(400));
      assertThat(s.retained()).isLessThan(1_400);
    }
  }

  @Test
  void shouldKeepRanksWithinTheErrorWhenFedSortedChunks() {
    // Given a million values fed as sorted chunks of 4096, the table path
    double[] v = values(1_000_000, new SplittableRandom(11)::nextGaussian);
    KllSketch s = new KllSketch(400);
    for (int from = 0; from < v.length; from += 4096) {
      double[] chunk = Arrays.copyOfRange(v, from, Math.min(v.length, from + 4096));
      Arrays.sort(chunk);
      s.updateSorted(chunk, chunk.length);
    }

    // Then
    assertThat(s.cdf().n()).isEqualTo(v.length);
    assertThat(maxRankError(v, s.cdf())).isLessThanOrEqualTo(KllSketch.rankError(400));
    assertThat(s.retained()).isLessThan(1_400);
  }

  @Test
  void shouldBeExactBeforeTheFirstCompaction() {
    // Given fewer values than the sketch holds
    KllSketch s = new KllSketch(400);
    double[] v = values(300, new SplittableRandom(1)::nextDouble);
    s.update(v, 0, v.length);

    // Then
    assertThat(s.cdf().exact()).isTrue();
    assertThat(maxRankError(v, s.cdf())).isZero();
  }

  @Property(tries = 15)
  void shouldMergeIntoASketchOfTheUnionWithinTheError(
      @ForAll @IntRange(min = 1, max = 40) int chunks,
      @ForAll @IntRange(min = 1, max = 99) int seed) {
    // Given the same stream profiled in chunks
    SplittableRandom r = new SplittableRandom(seed);
    double[] all = values(chunks * 5_000, r::nextGaussian);
    KllSketch merged = new KllSketch(400);
    for (int c = 0; c < chunks; c++) {
      KllSketch part = new KllSketch(400);
      part.update(all, c * 5_000, (c + 1) * 5_000);
      merged.merge(part);
    }

    // Then
    assertThat(merged.n).isEqualTo(all.length);
    assertThat(maxRankError(all, merged.cdf())).isLessThanOrEqualTo(KllSketch.rankError(400));
  }

  static double maxRankError(double[] values, Cdf cdf) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    double max = 0;
    for (int i = 0; i < cdf.items().length; i++) {
      double x = cdf.items()[i];
      int lo = 0;
      int hi = sorted.length;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (sorted[mid] <= x) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      max =
          Math.max(
              max, Math.abs(lo / (double) values.length - cdf.cumulative()[i] / (double) cdf.n()));
    }
    return max;
  }

  private static double[] values(int n, DoubleSupplier s) {
    double[] v = new double[n];
    for (int i = 0; i < n; i++) {
      v[i] = s.getAsDouble();
    }
    return v;
  }

  private static double[] sortedRamp(int n) {
    double[] v = new double[n];
    Arrays.setAll(v, i -> i);
    return v;
  }
}
