package io.modelplane.rollout;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelplane.deployment.persistence.Rollout;
import io.modelplane.deployment.service.RolloutPolicy;
import io.modelplane.gateway.RevisionStats.Snapshot;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CanaryGatesTest {

  private static final Instant START = Instant.parse("2026-11-23T10:00:00Z");

  @Test
  void shouldWaitUntilTheStepHasItsRequestsAndItsDuration() {
    Rollout r = rollout();

    assertThat(decide(r, canary(50, 0, 10), stable(500, 10), START.plusSeconds(120)))
        .isEqualTo(GateVerdict.Decision.WAIT);
    assertThat(decide(r, canary(100, 0, 10), stable(500, 10), START.plusSeconds(30)))
        .isEqualTo(GateVerdict.Decision.WAIT);
  }

  @Test
  void shouldPassAHealthyCanaryOnceTheStepIsLongEnough() {
    GateVerdict verdict =
        CanaryGates.evaluate(
            rollout(), true, canary(100, 0, 12), stable(900, 10), START.plusSeconds(61));

    assertThat(verdict.decision()).isEqualTo(GateVerdict.Decision.PASS);
    assertThat(verdict.result().passed()).isTrue();
    assertThat(verdict.result().step()).isEqualTo(1);
    assertThat(verdict.result().weight()).isEqualTo(10);
  }

  @Test
  void shouldFailAsSoonAsTheErrorRateIsTooHighWithoutWaitingForTheDuration() {
    GateVerdict verdict =
        CanaryGates.evaluate(
            rollout(), true, canary(100, 2, 10), stable(900, 10), START.plusSeconds(5));

    assertThat(verdict.decision()).isEqualTo(GateVerdict.Decision.FAIL);
    assertThat(verdict.result().detail()).startsWith("error rate too high");
  }

  @Test
  void shouldFailACanaryWhoseP99IsBeyondTheRatioOfTheStableOne() {
    GateVerdict verdict =
        CanaryGates.evaluate(
            rollout(), true, canary(100, 0, 16), stable(900, 10), START.plusSeconds(61));

    assertThat(verdict.decision()).isEqualTo(GateVerdict.Decision.FAIL);
    assertThat(verdict.result().detail()).startsWith("p99 latency too high");
  }

  @Test
  void shouldNotFailOnSubMillisecondNoiseOrWithoutStableTraffic() {
    assertThat(decide(rollout(), canary(100, 0, 1.4), stable(900, 0.2), START.plusSeconds(61)))
        .isEqualTo(GateVerdict.Decision.PASS);
    assertThat(decide(rollout(), canary(100, 0, 500), stable(0, 0), START.plusSeconds(61)))
        .isEqualTo(GateVerdict.Decision.PASS);
  }

  @Test
  void shouldWaitForAReadyCanaryReplicaThenGiveUpAfterTheReadyTimeout() {
    Rollout r = rollout();

    GateVerdict waiting =
        CanaryGates.evaluate(r, false, canary(0, 0, 0), stable(900, 10), START.plusSeconds(119));
    GateVerdict late =
        CanaryGates.evaluate(r, false, canary(0, 0, 0), stable(900, 10), START.plusSeconds(120));

    assertThat(waiting.decision()).isEqualTo(GateVerdict.Decision.WAIT);
    assertThat(late.decision()).isEqualTo(GateVerdict.Decision.FAIL);
    assertThat(late.result().detail())
        .isEqualTo("canary revision 2 has no ready replica after 120s");
  }

  @Test
  void shouldFailOnTheErrorRateACanaryThatHasNoReadyReplicaBecauseItKeptFailing() {
    // Given the canary failed all its requests, so its breakers took it out of routing
    GateVerdict verdict =
        CanaryGates.evaluate(
            rollout(), false, canary(100, 100, 10), stable(900, 10), START.plusSeconds(5));

    // Then the step fails at once, for its errors, not after the ready timeout
    assertThat(verdict.decision()).isEqualTo(GateVerdict.Decision.FAIL);
    assertThat(verdict.result().detail()).startsWith("error rate too high");
  }

  private static GateVerdict.Decision decide(
      Rollout r, Snapshot canary, Snapshot stable, Instant now) {
    return CanaryGates.evaluate(r, true, canary, stable, now).decision();
  }

  private static Rollout rollout() {
    Rollout r = new Rollout();
    r.steps = List.of(new RolloutPolicy.Step(10, "1m", 100), new RolloutPolicy.Step(50, "1m", 100));
    r.gates = new RolloutPolicy.Gates(0.01, 1.5, "2m");
    r.canaryRevision = 2;
    r.step = 0;
    r.stepStartedAt = START;
    r.state = Rollout.PROGRESSING;
    return r;
  }

  private static Snapshot canary(long requests, long errors, double p99) {
    return new Snapshot(requests, errors, p99 / 2, p99 * 0.8, p99 * 0.9, p99, p99 * 1.5);
  }

  private static Snapshot stable(long requests, double p99) {
    return new Snapshot(requests, 0, p99 / 2, p99 * 0.8, p99 * 0.9, p99, p99 * 1.5);
  }
}
