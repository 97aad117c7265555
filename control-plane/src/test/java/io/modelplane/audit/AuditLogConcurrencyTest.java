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
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Many writers at once — threads of one control plane, a second control plane's writer, and plain
 * inserts that bypass the writer — still give each tenant a log numbered 0, 1, 2, … without a gap
 * or a duplicate, whose tree verifies.
 */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KeycloakResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KubernetesServerTestResource.class, scope = TestResourceScope.GLOBAL)
class AuditLogConcurrencyTest {

  private static final int THREADS = 24;
  private static final int PER_THREAD = 40;

  @Inject AuditLogWriter writer;
  @Inject AuditVerifier verifier;
  @Inject TenantWork tenantWork;
  @Inject DataSource dataSource;

  @Test
  void shouldNumberConcurrentAppendsWithoutGaps() throws Exception {
    // Given two tenants and a second writer, as another control-plane replica would have
    String a = AuditFixtures.newTenant("conc");
    String b = AuditFixtures.newTenant("conc");
    AuditLogWriter replica = new AuditLogWriter(dataSource, 100, Duration.ofSeconds(30), 2);

    // When many threads append to both through both writers, and some insert directly
    try (ExecutorService pool = Executors.newFixedThreadPool(THREADS)) {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        done.add(pool.submit(() -> appendMany(thread, a, b, replica)));
      }
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      replica.close();
    }

    // Then each log holds every event once, numbered without a gap, and verifies
    long perTenant = (long) THREADS * PER_THREAD / 2;
    for (String tenant : List.of(a, b)) {
      assertThat(sequence(tenant)).containsExactly(perTenant, 0L, perTenant - 1, perTenant);
      Verification v = tenantWork.inTransaction(tenant, () -> verifier.verify(tenant));
      assertThat(v.valid()).as(v.reason()).isTrue();
      assertThat(v.treeSize()).isEqualTo(perTenant);
    }
  }

  private void appendMany(int thread, String a, String b, AuditLogWriter replica) {
    for (int i = 0; i < PER_THREAD; i++) {
      String tenant = i % 2 == 0 ? a : b;
      int n = thread * PER_THREAD + i;
      switch (thread % 3) {
        case 0 -> writer.append(AuditFixtures.entry(tenant, n));
        case 1 -> replica.append(AuditFixtures.entry(tenant, n));
        default -> insertDirectly(tenant, n);
      }
    }
  }

  /** One event in its own transaction, as any other code path might insert it. */
  private void insertDirectly(String tenant, int n) {
    tenantWork.run(
        tenant,
        () -> {
          try (Connection c = dataSource.getConnection();
              PreparedStatement s =
                  c.prepareStatement(
                      "INSERT INTO audit_event (tenant, occurred_at, actor_subject, roles, action,"
                          + " resource_type, resource_id, outcome, status)"
                          + " VALUES (?, now(), 'direct', '', 'thing.touch', 'thing', ?, 'success', 200)")) {
            s.setString(1, tenant);
            s.setString(2, "direct-" + n);
            s.executeUpdate();
          } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
          }
        });
  }

  /** count, min, max and distinct count of the tenant's sequence numbers (as the owner sees). */
  private static List<Long> sequence(String tenant) throws Exception {
    try (Connection c = AuditFixtures.owner();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT count(*), min(seq), max(seq), count(DISTINCT seq) FROM audit_event"
                    + " WHERE tenant = ?")) {
      s.setString(1, tenant);
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return List.of(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4));
      }
    }
  }
}
