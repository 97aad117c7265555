package io.modelplane.monitoring.latency;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class MinuteRecorderTest {

  private static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");

  @Test
  void shouldHandOverOnlyClosedMinutes() {
    // Given requests in two minutes
    MinuteRecorder<String> recorder = new MinuteRecorder<>();
    recorder.record("rev1", T0.plusSeconds(5), 3, false);
    recorder.record("rev1", T0.plusSeconds(59), 4, true);
    recorder.record("rev1", T0.plusSeconds(61), 5, false);

    // When the first minute has closed
    List<MinuteRecorder.Closed<String>> closed = recorder.drainClosed(T0.plusSeconds(70));

    // Then exactly the first minute is handed over, once
    assertThat(closed)
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.minute()).isEqualTo(T0);
              assertThat(c.sketch().requests()).isEqualTo(2);
              assertThat(c.sketch().errors()).isEqualTo(1);
            });
    assertThat(recorder.drainClosed(T0.plusSeconds(70))).isEmpty();
    assertThat(recorder.drainAll())
        .singleElement()
        .satisfies(c -> assertThat(c.minute()).isEqualTo(T0.plusSeconds(60)));
  }

  @Test
  void shouldLoseNoRequestWhileDrainingConcurrently() throws InterruptedException {
    // Given writers recording into a minute while it is being drained
    MinuteRecorder<String> recorder = new MinuteRecorder<>();
    ExecutorService writers = Executors.newFixedThreadPool(4);
    for (int t = 0; t < 4; t++) {
      writers.submit(
          () -> {
            for (int i = 0; i < 50_000; i++) {
              recorder.record("rev1", T0.plusSeconds(i % 60), 1, false);
            }
          });
    }
    long drained = 0;
    while (!writers.isTerminated()) {
      writers.shutdown();
      drained += total(recorder.drainClosed(T0.plusSeconds(60)));
      writers.awaitTermination(1, TimeUnit.MILLISECONDS);
    }

    // When the rest is drained
    drained += total(recorder.drainAll());

    // Then every request was counted exactly once
    assertThat(drained).isEqualTo(200_000);
  }

  private static long total(List<MinuteRecorder.Closed<String>> closed) {
    return closed.stream().mapToLong(c -> c.sketch().requests()).sum();
  }
}
