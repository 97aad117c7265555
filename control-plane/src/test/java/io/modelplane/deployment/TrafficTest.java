package io.modelplane.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelplane.deployment.persistence.Deployment;
import io.modelplane.deployment.persistence.TrafficShare;
import io.modelplane.deployment.persistence.WarmRevision;
import io.modelplane.deployment.service.Traffic;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrafficTest {

  private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
  private static final Duration WARM = Duration.ofMinutes(10);

  @Test
  void shouldKeepWhatLostItsTrafficWarmAndRunning() {
    Deployment d = new Deployment();
    Traffic.all(d, 1, NOW, WARM);

    Traffic.split(d, 1, 2, 10, NOW, WARM);
    Traffic.all(d, 1, NOW.plusSeconds(60), WARM);

    assertThat(d.traffic).containsExactly(new TrafficShare(1, 100));
    assertThat(d.warm).containsExactly(new WarmRevision(2, NOW.plusSeconds(60).plus(WARM)));
    assertThat(Traffic.running(d, NOW.plusSeconds(61))).containsExactly(1, 2);
  }

  @Test
  void shouldStopRunningAWarmRevisionOnceItsPeriodIsOver() {
    Deployment d = new Deployment();
    Traffic.all(d, 1, NOW, WARM);
    Traffic.all(d, 2, NOW, WARM);
    Instant later = NOW.plus(WARM).plusSeconds(1);

    assertThat(Traffic.running(d, later)).containsExactly(2);
    assertThat(Traffic.expireWarm(d, later)).isTrue();
    assertThat(d.warm).isEmpty();
  }

  @Test
  void shouldStopWarmingARevisionThatTakesTrafficAgain() {
    Deployment d = new Deployment();
    Traffic.all(d, 1, NOW, WARM);
    Traffic.all(d, 2, NOW, WARM);

    Traffic.all(d, 1, NOW.plusSeconds(5), WARM);

    assertThat(d.warm).extracting(WarmRevision::revision).containsExactly(2);
  }

  @Test
  void shouldGiveAFullWeightCanaryAllTraffic() {
    Deployment d = new Deployment();
    Traffic.all(d, 1, NOW, WARM);

    Traffic.split(d, 1, 2, 100, NOW, WARM);

    assertThat(d.traffic).isEqualTo(List.of(new TrafficShare(2, 100)));
  }
}
