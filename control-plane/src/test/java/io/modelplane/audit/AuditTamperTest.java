package io.modelplane.audit;

import static io.modelplane.audit.AuditFixtures.behindTheApplicationsBack;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.modelplane.audit.chain.Verification;
import io.modelplane.audit.checkpoint.Checkpoint;
import io.modelplane.audit.service.AuditLogWriter;
import io.modelplane.audit.service.AuditVerifier;
import io.modelplane.audit.service.Checkpoints;
import io.modelplane.persistence.TenantWork;
import io.modelplane.testing.KeycloakResource;
import io.modelplane.testing.PostgresResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kubernetes.client.KubernetesServerTestResource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/**
 * Someone who owns the database switches off the append-only triggers and edits history behind the
 * application's back. Verification must notice, and say from which event on the log can no longer
 * be trusted.
 */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KeycloakResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KubernetesServerTestResource.class, scope = TestResourceScope.GLOBAL)
class AuditTamperTest {

  @Inject AuditLogWriter writer;
  @Inject AuditVerifier verifier;
  @Inject Checkpoints checkpoints;
  @Inject TenantWork tenantWork;

  @Test
  void shouldVerifyAnUntouchedLog() {
    String tenant = logOf(20, 12);

    Verification v = verify(tenant);

    assertThat(v.valid()).isTrue();
    assertThat(v.treeSize()).isEqualTo(20);
    assertThat(v.checkpoint().treeSize()).isBetween(12L, 20L);
    assertThat(v.rootHash()).hasSize(32);
  }

  @Test
  void shouldFindAChangedEvent() {
    // Given a log whose event 7 an owner rewrites in place
    String tenant = logOf(20, 12);
    behindTheApplicationsBack(
        "UPDATE audit_event SET actor_name = 'someone-else' WHERE tenant = '%s' AND seq = 7"
            .formatted(tenant));

    // When it is verified / Then event 7 is the first bad one
    Verification v = verify(tenant);
    assertThat(v.valid()).isFalse();
    assertThat(v.firstBadIndex()).isEqualTo(7);
    assertThat(v.reason()).contains("event 7").contains("changed");
  }

  @Test
  void shouldFindADeletedEvent() {
    String tenant = logOf(20, 12);
    behindTheApplicationsBack(
        "DELETE FROM audit_event WHERE tenant = '%s' AND seq = 4".formatted(tenant));

    Verification v = verify(tenant);

    assertThat(v.valid()).isFalse();
    assertThat(v.firstBadIndex()).isEqualTo(4);
    assertThat(v.treeSize()).isEqualTo(19);
    assertThat(v.reason()).contains("event 4 is missing");
  }

  @Test
  void shouldFindReorderedEvents() {
    // Given events 5 and 9 swapped places in the sequence
    String tenant = logOf(20, 12);
    behindTheApplicationsBack(
        ("UPDATE audit_event SET seq = -1 WHERE tenant = '%1$s' AND seq = 5;"
                + " UPDATE audit_event SET seq = 5 WHERE tenant = '%1$s' AND seq = 9;"
                + " UPDATE audit_event SET seq = 9 WHERE tenant = '%1$s' AND seq = -1")
            .formatted(tenant));

    Verification v = verify(tenant);

    assertThat(v.valid()).isFalse();
    assertThat(v.firstBadIndex()).isEqualTo(5);
  }

  @Test
  void shouldFindEventsDeletedAfterTheirCheckpoint() {
    // Given the last events of a checkpointed log removed
    String tenant = logOf(12, 12);
    behindTheApplicationsBack(
        "DELETE FROM audit_event WHERE tenant = '%s' AND seq >= 9".formatted(tenant));

    Verification v = verify(tenant);

    assertThat(v.valid()).isFalse();
    assertThat(v.firstBadIndex()).isEqualTo(9);
    assertThat(v.reason()).contains("vouches for 12 events but only 9 are stored");
  }

  @Test
  void shouldCatchARewriteThatAlsoRecomputedTheStoredHash() {
    // Given checkpoints at 6 and 14, then event 10 rewritten with a leaf hash recomputed the way
    // the database computes it (the attacker knows the scheme)
    String tenant = AuditFixtures.newTenant("tamper");
    append(tenant, 0, 6);
    checkpoint(tenant);
    append(tenant, 6, 14);
    checkpoint(tenant);
    append(tenant, 14, 18);
    behindTheApplicationsBack(
        ("UPDATE audit_event SET outcome = 'denied' WHERE tenant = '%1$s' AND seq = 10;"
                + " UPDATE audit_event e SET leaf_hash = sha256('\\x00'::bytea || audit_canonical(e))"
                + " WHERE tenant = '%1$s' AND seq = 10")
            .formatted(tenant));

    // When it is verified / Then the next checkpoint's signed root gives it away: the log is
    // trusted up to the last checkpoint before the rewrite (6, or a scheduled one in between)
    Verification v = verify(tenant);
    assertThat(v.valid()).isFalse();
    assertThat(v.checkpoint().treeSize()).isBetween(6L, 10L);
    assertThat(v.firstBadIndex()).isEqualTo(v.checkpoint().treeSize());
    assertThat(v.reason()).contains("between index " + v.firstBadIndex() + " and");
  }

  @Test
  void shouldRejectACheckpointForgedInTheDatabase() {
    // Given a checkpoint row inserted by the owner with a made-up signature
    String tenant = logOf(10, 10);
    behindTheApplicationsBack(
        ("INSERT INTO audit_checkpoint (tenant, tree_size, root_hash, origin, signed_at, key_id,"
                + " signature, created_by) SELECT tenant, 5, root_hash, origin, signed_at, key_id,"
                + " signature, 'attacker' FROM audit_checkpoint WHERE tenant = '%s'")
            .formatted(tenant));

    Verification v = verify(tenant);

    assertThat(v.valid()).isFalse();
    assertThat(v.reason()).contains("does not carry a valid signature");
  }

  @Test
  void shouldRefuseTheApplicationRoleAnyChangeOfHistory() throws Exception {
    String tenant = logOf(3, 3);
    for (String sql :
        new String[] {
          "UPDATE audit_event SET action = 'x' WHERE tenant = '%s'",
          "DELETE FROM audit_event WHERE tenant = '%s'",
          "UPDATE audit_checkpoint SET tree_size = 1 WHERE tenant = '%s'",
          "DELETE FROM audit_checkpoint WHERE tenant = '%s'",
          "UPDATE audit_head SET size = 0 WHERE tenant = '%s'",
          "TRUNCATE audit_event"
        }) {
      assertThatThrownBy(() -> asApplication(tenant, sql.formatted(tenant)))
          .as(sql)
          .hasMessageContaining("permission denied");
    }
  }

  @Test
  void shouldRefuseEvenTheOwnerWhileTheTriggersAreOn() throws Exception {
    String tenant = logOf(3, 3);
    try (Connection c = AuditFixtures.owner();
        Statement s = c.createStatement()) {
      for (String sql :
          new String[] {
            "UPDATE audit_event SET action = 'x' WHERE tenant = '%s'",
            "DELETE FROM audit_checkpoint WHERE tenant = '%s'"
          }) {
        assertThatThrownBy(() -> s.execute(sql.formatted(tenant)))
            .hasMessageContaining("append-only");
      }
      assertThatThrownBy(() -> s.execute("TRUNCATE audit_checkpoint"))
          .hasMessageContaining("append-only");
    }
  }

  private void asApplication(String tenant, String sql) {
    tenantWork.run(
        tenant,
        () -> {
          try (Connection c =
                  io.quarkus.arc.Arc.container()
                      .instance(javax.sql.DataSource.class)
                      .get()
                      .getConnection();
              Statement s = c.createStatement()) {
            s.execute(sql);
          } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
          }
        });
  }

  /** A fresh tenant with {@code size} events and one checkpoint after {@code checkpointAt}. */
  private String logOf(int size, int checkpointAt) {
    String tenant = AuditFixtures.newTenant("tamper");
    append(tenant, 0, checkpointAt);
    checkpoint(tenant);
    append(tenant, checkpointAt, size);
    return tenant;
  }

  private void append(String tenant, int from, int to) {
    for (int i = from; i < to; i++) {
      writer.append(AuditFixtures.entry(tenant, i));
    }
  }

  private Checkpoint checkpoint(String tenant) {
    return tenantWork.inTransaction(tenant, () -> checkpoints.create(tenant, "test").checkpoint());
  }

  private Verification verify(String tenant) {
    return tenantWork.inTransaction(tenant, () -> verifier.verify(tenant));
  }
}
