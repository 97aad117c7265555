package io.modelplane.monitoring.profile;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.modelplane.monitoring.table.ColumnKind;
import io.modelplane.monitoring.table.Table;
import io.modelplane.monitoring.table.TableOptions;
import io.modelplane.monitoring.table.Tables;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ProfileCodecTest {

  @Test
  void shouldRoundTripEveryKindOfColumnAndItsProblems() {
    // Given a baseline with numeric, categorical, text and embedding columns and a bad value
    DatasetProfile profile = Profiler.baseline(mixedTable(3_000), ProfileOptions.defaults());

    // When
    byte[] bytes = profile.toBytes();
    DatasetProfile read = DatasetProfile.fromBytes(bytes);

    // Then
    assertThat(read.toBytes()).isEqualTo(bytes);
    assertThat(read.rows()).isEqualTo(profile.rows());
    assertThat(read.problems()).isEqualTo(profile.problems()).isNotEmpty();
    assertThat(read.kinds()).isEqualTo(profile.kinds());
    NumericProfile age = (NumericProfile) read.column("age").orElseThrow();
    NumericProfile original = (NumericProfile) profile.column("age").orElseThrow();
    assertThat(age.binCounts()).containsExactly(original.binCounts());
    assertThat(age.cdf().items()).containsExactly(original.cdf().items());
    assertThat(((CategoricalProfile) read.column("city").orElseThrow()).counts())
        .isEqualTo(((CategoricalProfile) profile.column("city").orElseThrow()).counts());
    assertThat(((EmbeddingProfile) read.column("emb").orElseThrow()).sample())
        .isDeepEqualTo(((EmbeddingProfile) profile.column("emb").orElseThrow()).sample());
  }

  @Test
  void shouldKeepUpdatingAndMergingAfterARoundTrip() {
    // Given a window profile that was persisted mid-stream
    DatasetProfile baseline = Profiler.baseline(mixedTable(3_000), ProfileOptions.defaults());
    DatasetProfile first =
        DatasetProfile.fromBytes(Profiler.window(mixedTable(20_000), baseline).toBytes());

    // When
    DatasetProfile merged = first.merge(Profiler.window(mixedTable(500), baseline));

    // Then
    assertThat(merged.rows()).isEqualTo(20_500);
    assertThat(merged.column("age").orElseThrow().count()).isEqualTo(19_999 + 499);
  }

  @Test
  void shouldMergeStoredWindowsIntoTheSameProfileAsLiveOnes() {
    // Given forty window profiles, live and as stored
    DatasetProfile baseline = Profiler.baseline(mixedTable(3_000), ProfileOptions.defaults());
    List<DatasetProfile> live = new ArrayList<>();
    List<DatasetProfile> stored = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      DatasetProfile w = Profiler.window(mixedTable(400 + 7 * i), baseline);
      live.add(w);
      stored.add(DatasetProfile.fromBytes(w.toBytes()));
    }

    // When each list is merged (the stored sketches are decoded only when the sketch is needed)
    DatasetProfile fromLive = DatasetProfile.mergeAll(baseline.emptyWindow(), live);
    DatasetProfile fromStored = DatasetProfile.mergeAll(baseline.emptyWindow(), stored);

    // Then both are the same profile, down to the sketch's items and weights
    NumericProfile a = (NumericProfile) fromLive.column("age").orElseThrow();
    NumericProfile b = (NumericProfile) fromStored.column("age").orElseThrow();
    assertThat(b.count()).isEqualTo(a.count()).isGreaterThan(16_000);
    assertThat(b.ksGrid().counts).containsExactly(a.ksGrid().counts);
    assertThat(b.cdf().items()).containsExactly(a.cdf().items());
    assertThat(b.cdf().cumulative()).containsExactly(a.cdf().cumulative());
    assertThat(fromStored.toBytes()).isEqualTo(fromLive.toBytes());
  }

  @Test
  void shouldRefuseCorruptBytesWithoutAllocatingWhatTheyClaim() {
    // Given
    byte[] bytes = Profiler.baseline(mixedTable(100), ProfileOptions.defaults()).toBytes();
    byte[] truncated = Arrays.copyOf(bytes, bytes.length / 2);
    byte[] garbage = new byte[64];
    new SplittableRandom(1).nextBytes(garbage);

    // Then
    assertThatThrownBy(() -> DatasetProfile.fromBytes(truncated))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DatasetProfile.fromBytes(garbage))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void shouldKeepNumericAndCategoricalColumnProfilesUnderThirtyTwoKilobytes() {
    // Given a million rows: normal numbers, text lengths, and a million distinct categories
    SplittableRandom r = new SplittableRandom(5);
    double[] numbers = new double[1_000_000];
    Arrays.setAll(numbers, i -> r.nextGaussian() * 100 + 1_000);
    NumericProfile numeric =
        NumericProfile.baseline("n", ColumnKind.NUMERIC, numbers, ProfileOptions.defaults());
    CategoricalProfile ids = CategoricalProfile.empty("id", 256);
    for (int i = 0; i < 1_000_000; i++) {
      ids.add("customer-" + i, 1);
    }

    // When
    int numericBytes = ProfileCodec.columnBytes(numeric);
    int categoricalBytes = ProfileCodec.columnBytes(ids);

    // Then
    assertThat(numericBytes).isLessThanOrEqualTo(32 * 1024);
    assertThat(categoricalBytes).isLessThanOrEqualTo(32 * 1024);
  }

  static Table mixedTable(int rows) {
    SplittableRandom r = new SplittableRandom(rows);
    StringBuilder sb = new StringBuilder("age,city,review,emb\n");
    List<String> cities = List.of("Oslo", "Rome", "Lima");
    for (int i = 0; i < rows; i++) {
      sb.append(i == 0 ? "NaN" : String.valueOf(20 + r.nextInt(50)))
          .append(',')
          .append(cities.get(r.nextInt(3)))
          .append(',')
          .append("a fairly long review text that goes on and on ".repeat(1 + r.nextInt(3)))
          .append(',')
          .append("\"[")
          .append(r.nextDouble())
          .append(',')
          .append(r.nextDouble())
          .append(",0.5]\"\n");
    }
    return Tables.csv(
        new ByteArrayInputStream(sb.toString().getBytes(UTF_8)), TableOptions.defaults());
  }
}
