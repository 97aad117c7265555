package io.modelplane.monitoring.latency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class LatencySketchTest {

  @Test
  void shouldEstimateHighPercentilesWithinOnePercentOfExact() {
    // Given a long-tailed latency distribution (log-normal, median ~5 ms)
    Random random = new Random(42);
    double[] values = new double[200_000];
    LatencySketch sketch = LatencySketch.empty();
    for (int i = 0; i < values.length; i++) {
      values[i] = Math.exp(Math.log(5) + 0.8 * random.nextGaussian());
      sketch.record(values[i], false);
    }
    Arrays.sort(values);

    // When / Then every reported percentile is within 1% of the exact order statistic
    for (double q : new double[] {0.5, 0.9, 0.95, 0.99, 0.999}) {
      double exact = values[(int) Math.floor(q * (values.length - 1))];
      assertThat(sketch.quantile(q)).as("p%s", q * 100).isCloseTo(exact, within(exact * 0.01));
    }
  }

  @Property(tries = 50)
  void shouldMergeToExactlyTheSketchOfAllRequests(
      @ForAll @Size(min = 1, max = 300) double[] first,
      @ForAll @Size(min = 1, max = 300) double[] second,
      @ForAll @DoubleRange(min = 0.01, max = 0.99) double q) {
    // Given two replicas' sketches of one minute and one sketch of every request
    LatencySketch a = sketchOf(first);
    LatencySketch b = sketchOf(second);
    LatencySketch all = sketchOf(first);
    for (double v : second) {
      all.record(abs(v), false);
    }

    // When the replicas' sketches are merged after a storage round trip
    LatencySketch merged = LatencySketch.empty();
    merged.mergeWith(LatencySketch.of(a.encode(), a.requests(), a.errors()));
    merged.mergeWith(LatencySketch.of(b.encode(), b.requests(), b.errors()));

    // Then the merge answers exactly as the single sketch does
    assertThat(merged.quantile(q)).isEqualTo(all.quantile(q));
    assertThat(merged.requests()).isEqualTo(first.length + second.length);
  }

  @Test
  void shouldSummariseRateAndErrorRate() {
    // Given 120 requests in a minute, 6 of them failed
    LatencySketch sketch = LatencySketch.empty();
    for (int i = 0; i < 120; i++) {
      sketch.record(10, i % 20 == 0);
    }

    // When
    LatencySummary summary = sketch.summary(60);

    // Then
    assertThat(summary.rps()).isEqualTo(2.0);
    assertThat(summary.errorRate()).isEqualTo(0.05);
    assertThat(summary.p50()).isCloseTo(10, within(0.1));
  }

  @Test
  void shouldReportZeroesWhenNothingWasRecorded() {
    LatencySummary summary = LatencySketch.empty().summary(60);

    assertThat(summary.requests()).isZero();
    assertThat(summary.p99()).isZero();
    assertThat(summary.errorRate()).isZero();
  }

  private static LatencySketch sketchOf(double[] values) {
    LatencySketch sketch = LatencySketch.empty();
    for (double v : values) {
      sketch.record(abs(v), false);
    }
    return sketch;
  }

  private static double abs(double v) {
    return Double.isFinite(v) ? Math.min(Math.abs(v), 1e9) : 1;
  }
}
