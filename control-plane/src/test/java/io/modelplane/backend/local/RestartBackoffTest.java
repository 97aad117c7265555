package io.modelplane.backend.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RestartBackoffTest {

  private final RestartBackoff backoff =
      new RestartBackoff(Duration.ofSeconds(1), Duration.ofSeconds(30), Duration.ofMinutes(1));

  @Test
  void shouldDoubleFromTheInitialDelayUpToTheMaximum() {
    assertThat(
            java.util.stream.IntStream.rangeClosed(1, 7)
                .mapToObj(backoff::delay)
                .map(Duration::toSeconds))
        .containsExactly(1L, 2L, 4L, 8L, 16L, 30L, 30L);
  }

  @Test
  void shouldNotOverflowAfterManyFailures() {
    assertThat(backoff.delay(10_000)).isEqualTo(Duration.ofSeconds(30));
  }

  @Test
  void shouldDescribeDelaysBriefly() {
    assertThat(RestartBackoff.describe(Duration.ofMillis(250))).isEqualTo("250ms");
    assertThat(RestartBackoff.describe(Duration.ofSeconds(4))).isEqualTo("4s");
    assertThat(RestartBackoff.describe(Duration.ofMillis(1500))).isEqualTo("1.5s");
  }
}
