package io.modelplane.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelplane.backend.DesiredDeployment;
import io.modelplane.backend.RunnerSet;
import io.modelplane.backend.RunnerSetStatus;
import io.modelplane.backend.RunnerSpec;
import io.modelplane.deployment.persistence.Condition;
import io.modelplane.deployment.persistence.Deployment;
import io.modelplane.deployment.persistence.TrafficShare;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StatusRulesTest {

  private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
  private static final Duration DEADLINE = Duration.ofMinutes(10);
  private static final RunnerSpec SPEC =
      new RunnerSpec(
          "m",
          1,
          "xgboost",
          "ab",
          "http://x/m.json",
          "img",
          2,
          2,
          new RunnerSpec.Resources("1", "1Gi", 0, null),
          List.of(),
          Map.of());
  private static final DesiredDeployment DESIRED =
      new DesiredDeployment(
          "acme", "d", "1", "dev", 0, List.of(new RunnerSet(SPEC.key(), List.of(1), SPEC)));

  @Test
  void shouldBeReadyWhenEveryRevisionWithTrafficHasReadyReplicas() {
    List<Condition> c = conditions(deployment(), status(2, ""), null, NOW);

    assertThat(c)
        .extracting(Condition::type, Condition::status, Condition::reason)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Ready", "True", "AllRoutesReady"),
            org.assertj.core.groups.Tuple.tuple("Progressing", "False", "Complete"),
            org.assertj.core.groups.Tuple.tuple("Degraded", "False", "AsExpected"));
  }

  @Test
  void shouldReportStartingReplicasAsProgressUntilTheDeadlineThenAsDegraded() {
    Deployment d = deployment();
    List<Condition> first =
        conditions(d, status(0, "0 of 2 replicas ready: CrashLoopBackOff"), null, NOW);
    d.conditions = new ArrayList<>(first);

    List<Condition> later =
        conditions(
            d, status(0, "0 of 2 replicas ready: CrashLoopBackOff"), null, NOW.plus(DEADLINE));

    assertThat(first.get(1).reason()).isEqualTo("ReplicasStarting");
    assertThat(first.get(1).message()).contains("CrashLoopBackOff");
    assertThat(first.get(2).status()).isEqualTo("False");
    assertThat(later.get(2).status()).isEqualTo("True");
    assertThat(later.get(2).reason()).isEqualTo("ReplicasFailing");
    assertThat(later.get(2).message()).contains("CrashLoopBackOff");
    assertThat(later.get(1).lastTransitionTime()).isEqualTo(NOW);
  }

  @Test
  void shouldReportABackendFailureAsDegradedAndNotReady() {
    List<Condition> c = conditions(deployment(), null, "etcd unavailable", NOW);

    assertThat(c.get(0).status()).isEqualTo("False");
    assertThat(c.get(0).reason()).isEqualTo("BackendError");
    assertThat(c.get(2).reason()).isEqualTo("BackendError");
    assertThat(c.get(2).message()).isEqualTo("etcd unavailable");
  }

  private static List<Condition> conditions(
      Deployment d, RunnerSetStatus status, String error, Instant now) {
    return StatusRules.conditions(
        d,
        DESIRED,
        status == null ? List.of() : List.of(status),
        Optional.empty(),
        error,
        DEADLINE,
        now);
  }

  private static RunnerSetStatus status(int ready, String message) {
    return new RunnerSetStatus(SPEC.key(), 2, ready, List.of(), message);
  }

  private static Deployment deployment() {
    Deployment d = new Deployment();
    d.currentRevision = 1;
    d.traffic = new ArrayList<>(List.of(new TrafficShare(1, 100)));
    return d;
  }
}
