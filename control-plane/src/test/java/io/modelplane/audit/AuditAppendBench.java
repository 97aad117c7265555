package io.modelplane.audit;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Audit appends against the real database with durable commits ({@code synchronous_commit = on}
 * server-wide for the run): sustained appends/s from many concurrent writers through the group
 * commit writer, against one transaction per event; and a durable write with and without its audit
 * event, alternating in the same run. Not a test: surefire runs only {@code *Test} and {@code *IT},
 * and this class also needs {@code -Dbench=true}:
 *
 * <pre>
 * ./mvnw -B -o -pl control-plane -am verify -Dtest=AuditAppendBench -Dbench=true \
 *     -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=NONE -Dfailsafe.failIfNoSpecifiedTests=false
 * </pre>
 *
 * Options: {@code -Dbench.writers=64 -Dbench.seconds=10 -Dbench.rounds=3}.
 */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KeycloakResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KubernetesServerTestResource.class, scope = TestResourceScope.GLOBAL)
@EnabledIfSystemProperty(named = "bench", matches = "true")
class AuditAppendBench {

  private static final int WRITERS = Integer.getInteger("bench.writers", 64);
  private static final int CLIENTS = Integer.getInteger("bench.clients", 16);
  private static final Duration TIME = Duration.ofSeconds(Integer.getInteger("bench.seconds", 10));
  private static final int ROUNDS = Integer.getInteger("bench.rounds", 3);

  @Inject AuditLogWriter writer;
  @Inject AuditVerifier verifier;
  @Inject TenantWork tenantWork;
  @Inject DataSource dataSource;

  @BeforeAll
  static void durableCommits() throws Exception {
    BenchDatabase.synchronousCommit(true);
  }

  @AfterAll
  static void defaultCommits() throws Exception {
    BenchDatabase.synchronousCommit(false);
  }

  @Test
  void sustainedAppends() throws Exception {
    BenchDatabase.printMachine();
    System.out.println(
        "synchronous_commit of the application: "
            + BenchDatabase.synchronousCommitOfTheApplication());
    String one = AuditFixtures.newTenant("bench");
    List<String> eight = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      eight.add(AuditFixtures.newTenant("bench"));
    }
    LoadRun.run("warm-up", WRITERS, TIME, (w, i) -> writer.append(AuditFixtures.entry(one, w)));

    for (int round = 1; round <= ROUNDS; round++) {
      long events = writer.committedEvents();
      long commits = writer.commits();
      System.out.println(
          LoadRun.run(
              "r%d group commit, 1 tenant, %d writers".formatted(round, WRITERS),
              WRITERS,
              TIME,
              (w, i) -> writer.append(AuditFixtures.entry(one, w))));
      System.out.printf(
          "   %.1f events per commit%n",
          (writer.committedEvents() - events) / (double) (writer.commits() - commits));
      System.out.println(
          LoadRun.run(
              "r%d group commit, 8 tenants, %d writers".formatted(round, WRITERS),
              WRITERS,
              TIME,
              (w, i) -> writer.append(AuditFixtures.entry(eight.get(w % 8), w))));
      System.out.println(
          LoadRun.run(
              "r%d one transaction per event, 1 tenant, %d writers".formatted(round, WRITERS),
              WRITERS,
              TIME,
              (w, i) -> insertInOwnTransaction(one, w)));
    }
    for (String tenant : List.of(one, eight.getFirst())) {
      assertThat(tenantWork.inTransaction(tenant, () -> verifier.verify(tenant)).valid()).isTrue();
    }
  }

  @Test
  void auditedWriteAgainstTheSameWriteWithoutAudit() throws Exception {
    BenchDatabase.printMachine();
    System.out.println(
        "synchronous_commit of the application: "
            + BenchDatabase.synchronousCommitOfTheApplication());
    String tenant = AuditFixtures.newTenant("bench");
    try (Connection c = AuditFixtures.owner();
        Statement s = c.createStatement()) {
      s.execute("DROP TABLE IF EXISTS bench_version");
      s.execute(
          "CREATE TABLE bench_version (id BIGSERIAL PRIMARY KEY, tenant TEXT NOT NULL,"
              + " model TEXT NOT NULL, number INTEGER NOT NULL, sha TEXT NOT NULL,"
              + " signature JSONB NOT NULL, registered_by TEXT NOT NULL,"
              + " registered_at TIMESTAMPTZ NOT NULL)");
      s.execute("GRANT SELECT, INSERT ON bench_version TO modelplane_app");
      s.execute("GRANT USAGE ON SEQUENCE bench_version_id_seq TO modelplane_app");
    }
    try {
      LoadRun.run("warm-up", CLIENTS, TIME, (w, i) -> audited(tenant, w, i));
      for (int round = 1; round <= ROUNDS; round++) {
        LoadRun.Result plain =
            LoadRun.run(
                "r%d write, %d clients".formatted(round, CLIENTS),
                CLIENTS,
                TIME,
                (w, i) -> write(tenant, w, i));
        LoadRun.Result audited =
            LoadRun.run(
                "r%d write + audit event, %d clients".formatted(round, CLIENTS),
                CLIENTS,
                TIME,
                (w, i) -> audited(tenant, w, i));
        System.out.println(plain);
        System.out.println(audited);
        System.out.printf(
            "   r%d audited/plain throughput %.2f (overhead %.0f%%), p50 +%.2f ms, p99 +%.2f ms%n",
            round,
            audited.perSecond() / plain.perSecond(),
            100 * (1 - audited.perSecond() / plain.perSecond()),
            audited.p50Ms() - plain.p50Ms(),
            audited.p99Ms() - plain.p99Ms());
      }
    } finally {
      try (Connection c = AuditFixtures.owner();
          Statement s = c.createStatement()) {
        s.execute("DROP TABLE bench_version");
      }
    }
  }

  private void audited(String tenant, int worker, long i) throws Exception {
    write(tenant, worker, i);
    writer.append(AuditFixtures.entry(tenant, worker));
  }

  /** A durable write shaped like a version registration: one row, its own transaction. */
  private void write(String tenant, int worker, long i) throws Exception {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "INSERT INTO bench_version (tenant, model, number, sha, signature, registered_by,"
                    + " registered_at) VALUES (?, ?, ?, ?, ?::jsonb, 'ci', now())")) {
      s.setString(1, tenant);
      s.setString(2, "model-" + worker);
      s.setLong(3, i);
      s.setString(4, "%064x".formatted(i));
      s.setString(5, "{\"inputs\":[{\"name\":\"input\",\"datatype\":\"FP32\",\"shape\":[-1,4]}]}");
      s.executeUpdate();
    }
  }

  private void insertInOwnTransaction(String tenant, int worker) {
    tenantWork.run(
        tenant,
        () -> {
          try (Connection c = dataSource.getConnection();
              PreparedStatement s =
                  c.prepareStatement(
                      "INSERT INTO audit_event (tenant, occurred_at, actor_subject, actor_name,"
                          + " roles, action, resource_type, resource_id, outcome, status,"
                          + " request_id, source_address, details) VALUES (?, now(), ?, ?,"
                          + " 'admin,auditor', 'thing.update', 'thing', ?, 'success', 200, ?,"
                          + " '127.0.0.1', '{\"attempt\": 1}')")) {
            s.setString(1, tenant);
            s.setString(2, "subject-" + worker);
            s.setString(3, "user" + worker);
            s.setString(4, "thing-" + worker);
            s.setString(5, "req-" + worker);
            s.executeUpdate();
          } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
          }
        });
  }
}
