package io.modelplane.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelplane.audit.chain.Verification;
import io.modelplane.audit.service.AuditLogWriter;
import io.modelplane.audit.service.AuditVerifier;
import io.modelplane.persistence.TenantWork;
import io.modelplane.testing.KeycloakResource;
import io.modelplane.testing.PostgresResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kubernetes.client.KubernetesServerTestResource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * An inserter may send the leaf hash it computed for the number it expects (the writer does,
 * V0010). The database keeps it only for that number, and the verifier still recomputes every leaf:
 * a claim for a stale number is replaced, a false claim for the right number shows as a broken log.
 */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KeycloakResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KubernetesServerTestResource.class, scope = TestResourceScope.GLOBAL)
class LeafHashClaimTest {

  private static final byte[] FALSE_HASH = new byte[32];

  @Inject AuditLogWriter writer;
  @Inject AuditVerifier verifier;
  @Inject TenantWork tenantWork;
  @Inject DataSource dataSource;

  @Test
  void shouldNumberAndHashAnEventWhoseInserterExpectedAnotherNumber() {
    // Given a log of two events
    String tenant = logOfTwoEvents();

    // When an event arrives claiming number 0 (taken) with a hash of its own
    long seq = insertClaiming(tenant, 0);

    // Then the database gave it the next number and its true hash: the log verifies
    assertThat(seq).isEqualTo(2);
    Verification v = tenantWork.inTransaction(tenant, () -> verifier.verify(tenant));
    assertThat(v.valid()).as(v.reason()).isTrue();
    assertThat(v.treeSize()).isEqualTo(3);
  }

  @Test
  void shouldShowAFalseHashClaimedForTheRightNumberAsABrokenLog() {
    // Given a log of two events
    String tenant = logOfTwoEvents();

    // When an event claims the right number with a hash that does not match its fields
    long seq = insertClaiming(tenant, 2);

    // Then it is stored as claimed, and verification names it
    assertThat(seq).isEqualTo(2);
    Verification v = tenantWork.inTransaction(tenant, () -> verifier.verify(tenant));
    assertThat(v.valid()).isFalse();
    assertThat(v.firstBadIndex()).isEqualTo(2);
  }

  private String logOfTwoEvents() {
    String tenant = AuditFixtures.newTenant("claim");
    writer.append(AuditFixtures.entry(tenant, 0));
    writer.append(AuditFixtures.entry(tenant, 1));
    return tenant;
  }

  /** One event inserted by the application role with {@code seq} and an all-zero leaf hash. */
  private long insertClaiming(String tenant, long claimedSeq) {
    return tenantWork.inTransaction(
        tenant,
        () -> {
          try (Connection c = dataSource.getConnection();
              PreparedStatement s =
                  c.prepareStatement(
                      "INSERT INTO audit_event (tenant, occurred_at, actor_subject, roles, action,"
                          + " resource_type, resource_id, outcome, status, seq, leaf_hash)"
                          + " VALUES (?, now(), 'claimant', '', 'thing.touch', 'thing', 'x',"
                          + " 'success', 200, ?, ?) RETURNING seq")) {
            s.setString(1, tenant);
            s.setLong(2, claimedSeq);
            s.setBytes(3, FALSE_HASH);
            try (ResultSet rs = s.executeQuery()) {
              rs.next();
              return rs.getLong(1);
            }
          } catch (SQLException e) {
            throw new IllegalStateException(e);
          }
        });
  }
}
