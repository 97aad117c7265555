package io.modelplane.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

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
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The group-commit writer: numbers in order, survives a lost connection, isolates a bad event. */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KeycloakResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KubernetesServerTestResource.class, scope = TestResourceScope.GLOBAL)
class AuditLogWriterTest {

  @Inject AuditLogWriter writer;
  @Inject AuditVerifier verifier;
  @Inject TenantWork tenantWork;

  @Test
  void shouldReturnEachEventsSequenceNumber() {
    String tenant = AuditFixtures.newTenant("writer");

    List<Long> seqs = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      seqs.add(writer.append(AuditFixtures.entry(tenant, i)));
    }

    assertThat(seqs).containsExactly(0L, 1L, 2L);
  }

  @Test
  void shouldKeepAppendingAfterItsConnectionWasClosed() {
    // Given a writer with a connection of its own, whose server session then ends under it
    String tenant = AuditFixtures.newTenant("writer");
    String session = "audit-writer-" + tenant;
    AuditLogWriter own =
        new AuditLogWriter(
            AuditFixtures.applicationDataSource(session), 100, Duration.ofSeconds(30), 1);
    try {
      own.append(AuditFixtures.entry(tenant, 0));
      List<Integer> ended = endSessions(session);
      assertThat(ended).hasSize(1);
      await().atMost(Duration.ofSeconds(30)).until(() -> sessionsAlive(ended) == 0);

      // When the next event comes / Then it is written on a fresh connection, numbered next
      assertThat(own.append(AuditFixtures.entry(tenant, 1))).isEqualTo(1L);
    } finally {
      own.close();
    }
    var v = tenantWork.inTransaction(tenant, () -> verifier.verify(tenant));
    assertThat(v.valid()).as(v.reason()).isTrue();
    assertThat(v.treeSize()).isEqualTo(2);
  }

  /** Terminates the server sessions of {@code applicationName}; their process ids. */
  private static List<Integer> endSessions(String applicationName) {
    // materialized first: in one WHERE clause nothing stops PostgreSQL from calling
    // pg_terminate_backend on rows before the name test has filtered them out
    return ownerQuery(
        "WITH s AS MATERIALIZED (SELECT pid FROM pg_stat_activity WHERE application_name = '"
            + applicationName
            + "') SELECT pid FROM s WHERE pg_terminate_backend(pid)");
  }

  private static int sessionsAlive(List<Integer> pids) {
    return ownerQuery("SELECT pid FROM pg_stat_activity").stream()
        .filter(pids::contains)
        .toList()
        .size();
  }

  private static List<Integer> ownerQuery(String sql) {
    try (Connection c = AuditFixtures.superuser();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      List<Integer> pids = new ArrayList<>();
      while (rs.next()) {
        pids.add(rs.getInt(1));
      }
      return pids;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void shouldFailOnlyTheEventThatCannotBeStored() throws Exception {
    // Given events of a real tenant and one of a tenant that does not exist, sent together
    String tenant = AuditFixtures.newTenant("writer");
    try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
      List<Future<Long>> good = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        int n = i;
        good.add(pool.submit(() -> writer.append(AuditFixtures.entry(tenant, n))));
      }
      Future<Long> bad = pool.submit(() -> writer.append(AuditFixtures.entry("no-such-tenant", 0)));

      // Then the bad one fails and every other one is stored, numbered without a gap
      assertThatThrownBy(bad::get).hasRootCauseMessage(rootMessage(bad));
      List<Long> seqs = new ArrayList<>();
      for (Future<Long> f : good) {
        seqs.add(f.get());
      }
      assertThat(seqs).containsExactlyInAnyOrderElementsOf(range(20));
    }
  }

  private static String rootMessage(Future<Long> failed) {
    try {
      failed.get();
      return "";
    } catch (Exception e) {
      Throwable t = e;
      while (t.getCause() != null) {
        t = t.getCause();
      }
      assertThat(t.getMessage()).contains("foreign key").contains("no-such-tenant");
      return t.getMessage();
    }
  }

  private static List<Long> range(int n) {
    List<Long> out = new ArrayList<>();
    for (long i = 0; i < n; i++) {
      out.add(i);
    }
    return out;
  }
}
