package io.modelplane.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.modelplane.backend.DeploymentKey;
import io.modelplane.gateway.RevisionStats.Snapshot;
import io.modelplane.monitoring.latency.LatencySketch;
import org.junit.jupiter.api.Test;

/**
 * A replica's canary window turned into a mergeable sketch keeps its counts and percentiles, so the
 * leader can add what other replicas stored and judge the step on all of them.
 */
class RevisionStatsSketchTest {

  private static final DeploymentKey KEY = new DeploymentKey("acme", "scorer");

  @Test
  void shouldKeepCountsAndPercentilesWhenTheWindowBecomesASketch() {
    // Given a window of 98 answers in 10 ms and 2 failures after 400 ms
    RevisionStats stats = stats();
    record(stats, 98, 10, false);
    record(stats, 2, 400, true);

    // When it is read as a sketch
    Snapshot snapshot = Snapshot.of(stats.sketch(KEY, 2));

    // Then it says what the window itself says, within the sketches' 1%
    Snapshot window = stats.snapshot(KEY, 2);
    assertThat(snapshot.requests()).isEqualTo(100);
    assertThat(snapshot.errors()).isEqualTo(2);
    assertThat(snapshot.p50Millis()).isCloseTo(window.p50Millis(), within(0.01 * 10));
    assertThat(snapshot.p999Millis()).isCloseTo(window.p999Millis(), within(0.01 * 400));
  }

  @Test
  void shouldJudgeTheMergeOfThisWindowAndAnotherReplicasMinutes() {
    // Given this replica's 98 fast answers and 2 slow failures, and another replica's 100 answers
    // in 20 ms
    RevisionStats stats = stats();
    record(stats, 98, 10, false);
    record(stats, 2, 400, true);
    LatencySketch other = LatencySketch.empty();
    for (int i = 0; i < 100; i++) {
      other.record(20, false);
    }

    // When both are merged
    LatencySketch all = stats.sketch(KEY, 2);
    all.mergeWith(other);
    Snapshot merged = Snapshot.of(all);

    // Then counts add up and the percentiles are those of all 200 requests
    assertThat(merged.requests()).isEqualTo(200);
    assertThat(merged.errors()).isEqualTo(2);
    assertThat(merged.errorRate()).isEqualTo(0.01);
    assertThat(merged.p50Millis()).isCloseTo(20, within(0.2));
    assertThat(merged.p99Millis()).isCloseTo(20, within(0.2));
    assertThat(merged.p999Millis()).isCloseTo(400, within(4.0));
  }

  @Test
  void shouldBeEmptyWithoutRequests() {
    Snapshot snapshot = Snapshot.of(stats().sketch(KEY, 7));

    assertThat(snapshot.requests()).isZero();
    assertThat(snapshot.p99Millis()).isZero();
  }

  private static RevisionStats stats() {
    RevisionStats stats = new RevisionStats();
    stats.registry = new SimpleMeterRegistry();
    return stats;
  }

  private static void record(RevisionStats stats, int count, long millis, boolean error) {
    for (int i = 0; i < count; i++) {
      stats.record(KEY, 2, millis * 1_000_000, error);
    }
  }
}
