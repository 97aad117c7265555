package io.modelplane.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelplane.audit.checkpoint.Checkpoint;
import io.modelplane.audit.job.CheckpointScheduler;
import io.modelplane.audit.service.AuditLogWriter;
import io.modelplane.audit.service.Checkpoints;
import io.modelplane.persistence.TenantWork;
import io.modelplane.testing.KeycloakResource;
import io.modelplane.testing.PostgresResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kubernetes.client.KubernetesServerTestResource;
import jakarta.inject.Inject;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Checkpoints are signed for logs that grew, never twice for the same size. */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KeycloakResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KubernetesServerTestResource.class, scope = TestResourceScope.GLOBAL)
class CheckpointSchedulerTest {

  @Inject CheckpointScheduler scheduler;
  @Inject Checkpoints checkpoints;
  @Inject AuditLogWriter writer;
  @Inject TenantWork tenantWork;

  @Test
  void shouldCheckpointALogThatGrewAndLeaveItAloneUntilItGrowsAgain() {
    // Given a log of three events
    String tenant = AuditFixtures.newTenant("sched");
    for (int i = 0; i < 3; i++) {
      writer.append(AuditFixtures.entry(tenant, i));
    }

    // When the job runs twice, then once more after one more event
    scheduler.checkpointGrownLogs();
    Checkpoint first = latest(tenant).orElseThrow();
    scheduler.checkpointGrownLogs();
    Checkpoint again = latest(tenant).orElseThrow();
    writer.append(AuditFixtures.entry(tenant, 3));
    scheduler.checkpointGrownLogs();
    Checkpoint grown = latest(tenant).orElseThrow();

    // Then it signed size 3, nothing the second time, and size 4 after the log grew
    assertThat(first.treeSize()).isEqualTo(3);
    assertThat(first.createdBy()).isEqualTo("system");
    assertThat(again.id()).isEqualTo(first.id());
    assertThat(grown.treeSize()).isEqualTo(4);
  }

  @Test
  void shouldHandBackTheExistingCheckpointWhenAskedAgainAtTheSameSize() {
    String tenant = AuditFixtures.newTenant("sched");
    writer.append(AuditFixtures.entry(tenant, 0));

    Checkpoints.Result first = create(tenant);
    Checkpoints.Result second = create(tenant);

    assertThat(first.created()).isTrue();
    assertThat(second.created()).isFalse();
    assertThat(second.checkpoint().id()).isEqualTo(first.checkpoint().id());
  }

  private Checkpoints.Result create(String tenant) {
    return tenantWork.inTransaction(tenant, () -> checkpoints.create(tenant, "test"));
  }

  private Optional<Checkpoint> latest(String tenant) {
    return tenantWork.inTransaction(tenant, () -> checkpoints.latest(tenant));
  }
}
