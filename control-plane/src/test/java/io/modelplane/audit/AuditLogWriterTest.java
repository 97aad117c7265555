package io.modelplane.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.agroal.api.AgroalDataSource;
import io.agroal.api.AgroalDataSource.FlushMode;
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
  @Inject AgroalDataSource dataSource;
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
    // Given a writer that has its connection, which the pool then closes under it
    String tenant = AuditFixtures.newTenant("writer");
    writer.append(AuditFixtures.entry(tenant, 0));
    dataSource.flush(FlushMode.ALL);

    // When the next event comes / Then it is written on a fresh connection (if the pool closed
    // the old one while the first attempt was committing, that attempt may have counted too:
    // a retry after a lost commit records at least once, never loses the event)
    assertThat(writer.append(AuditFixtures.entry(tenant, 1))).isBetween(1L, 2L);
    var v = tenantWork.inTransaction(tenant, () -> verifier.verify(tenant));
    assertThat(v.valid()).as(v.reason()).isTrue();
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
