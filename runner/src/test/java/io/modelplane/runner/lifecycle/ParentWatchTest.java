package io.modelplane.runner.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

class ParentWatchTest {

  @Test
  void shouldSeeALivingParent() {
    // Given
    ParentWatch watch = ParentWatch.of(ProcessHandle.current().pid());

    // When / Then
    assertThat(watch.parentAlive()).isTrue();
  }

  @Test
  void shouldTreatAnEndedProcessAsGone() throws Exception {
    // Given
    Process ended = new ProcessBuilder("true").start();
    ended.waitFor();

    // When
    ParentWatch watch = ParentWatch.of(ended.pid());

    // Then
    assertThat(watch.parentAlive()).isFalse();
  }

  @Test
  void shouldRunTheCallbackOnceTheParentEnds() throws IOException {
    // Given
    Process parent = new ProcessBuilder("sleep", "600").start();
    CountDownLatch gone = new CountDownLatch(1);
    ParentWatch.of(parent.pid()).start(Duration.ofMillis(50), gone::countDown);

    // When
    parent.destroyForcibly();

    // Then
    await().atMost(Duration.ofSeconds(10)).until(() -> gone.getCount() == 0);
  }
}
