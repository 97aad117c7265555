package io.modelplane.monitoring.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.modelplane.monitoring.table.EmbeddingColumn;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class EmbeddingProfileTest {

  @Test
  void shouldKeepTheMeanAndASeededReservoirOfFiveHundredRows() {
    // Given 5,000 rows whose first coordinate is the row index
    EmbeddingColumn column = column(5_000, 8);

    // When
    EmbeddingProfile a = EmbeddingProfile.of(column, 500, 42);
    EmbeddingProfile b = EmbeddingProfile.of(column, 500, 42);

    // Then the sample is reproducible and spread over the stream
    assertThat(a.sample()).hasNumberOfRows(500);
    assertThat(a.sample()).isDeepEqualTo(b.sample());
    double meanIndex = Arrays.stream(a.sample()).mapToDouble(r -> r[0]).average().orElseThrow();
    assertThat(meanIndex).isCloseTo(2_500, within(400.0));
    assertThat(a.mean()[0]).isCloseTo(2_499.5, within(1e-6));
    assertThat(a.complete()).isFalse();
  }

  @Test
  void shouldMergeReservoirsInProportionToTheRowsTheyStandFor() {
    // Given 9,000 rows in one chunk and 1,000 in another
    EmbeddingProfile big = EmbeddingProfile.of(constantColumn(9_000, 4, 1f), 500, 1);
    EmbeddingProfile small = EmbeddingProfile.of(constantColumn(1_000, 4, -1f), 500, 2);

    // When
    EmbeddingProfile merged = big.merge(small);

    // Then about 10% of the merged sample comes from the small chunk
    long fromSmall = Arrays.stream(merged.sample()).filter(r -> r[0] < 0).count();
    assertThat(merged.count()).isEqualTo(10_000);
    assertThat(merged.sample()).hasNumberOfRows(500);
    assertThat(fromSmall).isBetween(25L, 80L);
    assertThat(merged.mean()[0]).isCloseTo(0.8, within(1e-9));
  }

  static EmbeddingColumn column(int rows, int dim) {
    SplittableRandom r = new SplittableRandom(3);
    float[] data = new float[rows * dim];
    for (int i = 0; i < rows; i++) {
      data[i * dim] = i;
      for (int j = 1; j < dim; j++) {
        data[i * dim + j] = (float) r.nextGaussian();
      }
    }
    return new EmbeddingColumn("e", dim, data);
  }

  private static EmbeddingColumn constantColumn(int rows, int dim, float value) {
    float[] data = new float[rows * dim];
    Arrays.fill(data, value);
    return new EmbeddingColumn("e", dim, data);
  }
}
