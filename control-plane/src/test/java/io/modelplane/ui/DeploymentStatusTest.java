package io.modelplane.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelplane.deployment.persistence.Condition;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeploymentStatusTest {

  private static final Instant AT = Instant.parse("2025-01-01T00:00:00Z");

  @Test
  void shouldShowDegradedWithItsMessageOverEverythingElse() {
    var status =
        DeploymentStatus.of(
            "active",
            List.of(
                condition("Ready", "True", "every revision with traffic has ready replicas"),
                condition("Progressing", "True", "canary revision 2 at step 1 of 2"),
                condition("Degraded", "True", "revision 2: CrashLoopBackOff")));

    assertThat(status.label()).isEqualTo("Degraded");
    assertThat(status.detail()).isEqualTo("revision 2: CrashLoopBackOff");
    assertThat(status.css()).isEqualTo("status-degraded");
  }

  @Test
  void shouldShowProgressingBeforeReady() {
    var status =
        DeploymentStatus.of(
            "active",
            List.of(
                condition("Ready", "True", "ok"),
                condition("Progressing", "True", "canary revision 2 at step 1 of 2"),
                condition("Degraded", "False", "")));

    assertThat(status.label()).isEqualTo("Progressing");
  }

  @Test
  void shouldShowReadyWhenNothingElseHolds() {
    var status =
        DeploymentStatus.of(
            "active",
            List.of(
                condition("Ready", "True", "ok"),
                condition("Progressing", "False", "up to date"),
                condition("Degraded", "False", "")));

    assertThat(status.label()).isEqualTo("Ready");
  }

  @Test
  void shouldSayWhyItIsNotReady() {
    var status =
        DeploymentStatus.of(
            "active",
            List.of(
                condition("Ready", "False", "0 of 1 revisions with traffic have ready replicas"),
                condition("Progressing", "False", "up to date"),
                condition("Degraded", "False", "")));

    assertThat(status.label()).isEqualTo("Not ready");
    assertThat(status.detail()).contains("0 of 1");
    assertThat(status.css()).isEqualTo("status-not-ready");
  }

  @Test
  void shouldSayPendingBeforeTheReconcilerLookedAndDeletingWhileRemoved() {
    assertThat(DeploymentStatus.of("active", List.of()).label()).isEqualTo("Pending");
    assertThat(DeploymentStatus.of("deleting", List.of()).label()).isEqualTo("Deleting");
  }

  private static Condition condition(String type, String status, String message) {
    return new Condition(type, status, "Reason", message, 1, AT);
  }
}
