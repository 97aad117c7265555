package io.modelplane.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelplane.audit.chain.Verification;
import io.modelplane.audit.merkle.Verifier;
import io.modelplane.audit.persistence.AuditRows;
import io.modelplane.audit.persistence.Cursors;
import io.modelplane.audit.service.AuditTree;
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
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Verifying a log of a million events through the database path {@code GET …/verify} uses (JDBC
 * cursor, canonical form, leaf hashes, tree, signed checkpoint), and the proofs and checkpoint at
 * that size. Target: verification within 5 s. The events are loaded in bulk by the owner with the
 * same {@code audit_canonical} hashing as the insert trigger. Not a test (needs {@code
 * -Dbench=true}):
 *
 * <pre>
 * ./mvnw -B -o -pl control-plane -am verify -Dtest=AuditVerifyBench -Dbench=true \
 *     -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=NONE -Dfailsafe.failIfNoSpecifiedTests=false
 * </pre>
 *
 * Options: {@code -Dbench.events=1000000 -Dbench.rounds=3}.
 */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KeycloakResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KubernetesServerTestResource.class, scope = TestResourceScope.GLOBAL)
@EnabledIfSystemProperty(named = "bench", matches = "true")
class AuditVerifyBench {

  private static final int EVENTS = Integer.getInteger("bench.events", 1_000_000);
  private static final int ROUNDS = Integer.getInteger("bench.rounds", 3);

  @Inject AuditVerifier verifier;
  @Inject AuditTree tree;
  @Inject Checkpoints checkpoints;
  @Inject TenantWork tenantWork;
  @Inject DataSource dataSource;

  @Test
  void verifyAMillionEvents() throws Exception {
    BenchDatabase.printMachine();
    String tenant = AuditFixtures.newTenant("million");
    long t0 = System.nanoTime();
    load(tenant);
    System.out.printf("loaded %,d events in %,d ms%n", EVENTS, ms(t0));

    long half = EVENTS / 2;
    long size = tenantWork.inTransaction(tenant, () -> tree.size(tenant));
    byte[] halfRoot = timed("tree head at %,d (cold)".formatted(half), () -> rootAt(tenant, half));
    var cp =
        timed("checkpoint at %,d (from the cached head)".formatted(size), () -> create(tenant));
    assertThat(cp.treeSize()).isEqualTo(size);

    for (int round = 1; round <= ROUNDS; round++) {
      timed("r%d bare JDBC scan of the same rows".formatted(round), () -> scan(tenant));
      Verification v = timed("r%d verify %,d events".formatted(round, size), () -> verify(tenant));
      assertThat(v.valid()).as(v.reason()).isTrue();
      assertThat(v.treeSize()).isEqualTo(size);
      assertThat(v.rootHash()).isEqualTo(cp.rootHash());
    }
    var inclusion =
        timed(
            "inclusion proof of event %,d in %,d".formatted(half + 7, size),
            () -> tenantWork.inTransaction(tenant, () -> tree.inclusion(tenant, half + 7, size)));
    assertThat(
            Verifier.inclusion(
                half + 7, size, inclusion.leafHash(), inclusion.path(), cp.rootHash()))
        .isTrue();
    var consistency =
        timed(
            "consistency proof %,d -> %,d".formatted(half, size),
            () -> tenantWork.inTransaction(tenant, () -> tree.consistency(tenant, half, size)));
    assertThat(Verifier.consistency(half, size, halfRoot, cp.rootHash(), consistency.proof()))
        .isTrue();
  }

  /** Reads every column of every row the way verification does, and nothing else. */
  private long scan(String tenant) {
    return tenantWork.inTransaction(
        tenant,
        () -> {
          try (Connection c = dataSource.getConnection();
              var s = Cursors.forwardOnly(c, AuditRows.SELECT)) {
            s.setString(1, tenant);
            long n = 0;
            try (var rs = s.executeQuery()) {
              while (rs.next()) {
                rs.getLong(1);
                rs.getBytes(2);
                rs.getLong(4);
                rs.getInt(13);
                for (int col : new int[] {3, 5, 6, 7, 8, 9, 10, 11, 12, 14, 15, 16}) {
                  rs.getString(col);
                }
                n++;
              }
            }
            return n;
          } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
          }
        });
  }

  private Verification verify(String tenant) {
    return tenantWork.inTransaction(tenant, () -> verifier.verify(tenant));
  }

  private io.modelplane.audit.checkpoint.Checkpoint create(String tenant) {
    return tenantWork.inTransaction(tenant, () -> checkpoints.create(tenant, "bench").checkpoint());
  }

  private byte[] rootAt(String tenant, long size) {
    return tenantWork.inTransaction(tenant, () -> tree.root(tenant, size));
  }

  private static <T> T timed(String what, Supplier<T> work) {
    long t0 = System.nanoTime();
    T result = work.get();
    System.out.printf("%-52s %,8d ms%n", what, ms(t0));
    return result;
  }

  private static long ms(long t0) {
    return (System.nanoTime() - t0) / 1_000_000;
  }

  /** Rows shaped like the control plane's, numbered and hashed as the trigger would. */
  private static void load(String tenant) throws Exception {
    try (Connection c = AuditFixtures.owner()) {
      c.setAutoCommit(false);
      try (Statement s = c.createStatement()) {
        s.execute("ALTER TABLE audit_event DISABLE TRIGGER audit_event_append");
        s.execute("ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only");
        s.execute(
            ("INSERT INTO audit_event (tenant, occurred_at, actor_subject, actor_name, client_id,"
                    + " roles, action, resource_type, resource_id, outcome, status, request_id,"
                    + " source_address, details, seq, leaf_hash)"
                    + " SELECT '%s', timestamptz '2026-01-01 00:00:00+00' + g * interval '1.001 ms',"
                    + " 'subject-' || (g %% 50), 'user' || (g %% 50),"
                    + " CASE WHEN g %% 4 = 0 THEN 'ci-pipeline' END, 'admin,engineer',"
                    + " (ARRAY['model.update','version.register','deployment.update',"
                    + "'access.denied'])[1 + g %% 4], 'model', 'churn-model-' || (g %% 1000),"
                    + " 'success', 200, md5(g::text), '10.0.0.' || (g %% 256),"
                    + " CASE WHEN g %% 10 = 0 THEN '{\"path\": \"/api/v1/tenants/acme/models/x\","
                    + " \"method\": \"PATCH\"}'::jsonb ELSE '{}'::jsonb END, g - 1, '\\x00'::bytea"
                    + " FROM generate_series(1, %d) g")
                .formatted(tenant, EVENTS));
        s.execute(
            "UPDATE audit_event e SET leaf_hash = sha256('\\x00'::bytea || audit_canonical(e))"
                + " WHERE tenant = '%s'".formatted(tenant));
        s.execute("INSERT INTO audit_head VALUES ('%s', %d)".formatted(tenant, EVENTS));
        s.execute("ALTER TABLE audit_event ENABLE TRIGGER audit_event_append_only");
        s.execute("ALTER TABLE audit_event ENABLE TRIGGER audit_event_append");
      }
      c.commit();
      c.setAutoCommit(true);
      try (Statement s = c.createStatement()) {
        s.execute("VACUUM ANALYZE audit_event");
      }
    }
  }
}
