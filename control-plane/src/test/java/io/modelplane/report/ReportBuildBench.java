package io.modelplane.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelplane.audit.service.AuditVerifier;
import io.modelplane.kernel.tenancy.TenantContext;
import io.modelplane.launcher.PostgresServer;
import io.modelplane.persistence.TenantWork;
import io.modelplane.report.persistence.ReportJob;
import io.modelplane.report.service.ReportFormat;
import io.modelplane.report.service.ReportService;
import io.modelplane.report.service.ReportSpec;
import io.modelplane.testing.KeycloakResource;
import io.modelplane.testing.PostgresResource;
import io.quarkus.arc.Arc;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kubernetes.client.KubernetesServerTestResource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Time to build an audit report over a tenant's log of N events (default a million, a quarter of
 * them denied), in each format, through the synchronous path ({@code ReportService.build}: job row,
 * sections, checkpoint, whole-log verification, rendering, storing), against a bare verification of
 * the same log in the same run. Not a test (needs {@code -Dbench=true}):
 *
 * <pre>
 * ./mvnw -B -o -pl control-plane -am verify -Dtest=ReportBuildBench -Dbench=true \
 *     -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=NONE -Dfailsafe.failIfNoSpecifiedTests=false
 * </pre>
 *
 * Options: {@code -Dbench.events=1000000}.
 */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KeycloakResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KubernetesServerTestResource.class, scope = TestResourceScope.GLOBAL)
@EnabledIfSystemProperty(named = "bench", matches = "true")
class ReportBuildBench {

  private static final int EVENTS = Integer.getInteger("bench.events", 1_000_000);

  @Inject ReportService reports;
  @Inject AuditVerifier verifier;
  @Inject TenantWork tenantWork;
  @Inject TenantContext tenantContext;

  @Test
  void buildReportsOverAMillionEvents() throws Exception {
    String tenant = "rb-" + UUID.randomUUID().toString().substring(0, 8);
    long t0 = System.nanoTime();
    load(tenant);
    System.out.printf("loaded %,d events in %,d ms%n", EVENTS, ms(t0));
    timed(
        "bare verification of the log",
        () -> tenantWork.inTransaction(tenant, () -> verifier.verify(tenant)));
    for (String format : new String[] {"json", "csv", "pdf", "json"}) {
      ReportSpec spec =
          new ReportSpec(
              ReportSpec.AUDIT,
              ReportFormat.parse(format, "format"),
              Instant.parse("2025-12-31T00:00:00Z"),
              Instant.parse("2026-01-02T00:00:00Z"));
      ReportJob job =
          timed(
              "report " + format,
              () -> asTenant(tenant, () -> reports.build(tenant, spec, "bench")));
      assertThat(job.status).as(job.error).isEqualTo(ReportJob.SUCCEEDED);
      int size = asTenant(tenant, () -> reports.content(tenant, job.id)).bytes().length;
      System.out.printf(
          "  %s: %,d bytes, previous report %s%n", format, size, job.previousReportId);
    }
  }

  private <T> T asTenant(String tenant, Supplier<T> work) {
    var context = Arc.container().requestContext();
    context.activate();
    try {
      tenantContext.enter(tenant);
      return work.get();
    } finally {
      context.terminate();
    }
  }

  private static <T> T timed(String what, Supplier<T> work) {
    long t0 = System.nanoTime();
    T result = work.get();
    System.out.printf("%-40s %,8d ms%n", what, ms(t0));
    return result;
  }

  private static long ms(long t0) {
    return (System.nanoTime() - t0) / 1_000_000;
  }

  /**
   * A tenant and its log, numbered and hashed as the insert trigger would (as AuditVerifyBench).
   */
  private static void load(String tenant) throws Exception {
    String url = ConfigProvider.getConfig().getValue("modelplane.db.url", String.class);
    try (Connection c =
        DriverManager.getConnection(
            url, PostgresServer.OWNER_ROLE, PostgresServer.OWNER_PASSWORD)) {
      c.setAutoCommit(false);
      try (Statement s = c.createStatement()) {
        s.execute(
            "INSERT INTO tenant (slug, display_name, gpu_quota, created_at, created_by)"
                + " VALUES ('%s', '%s', 0, now(), 'bench')".formatted(tenant, tenant));
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
                    + " CASE WHEN g %% 4 = 3 THEN 'denied' ELSE 'success' END,"
                    + " CASE WHEN g %% 4 = 3 THEN 404 ELSE 200 END, md5(g::text),"
                    + " '10.0.0.' || (g %% 256), '{}'::jsonb, g - 1, '\\x00'::bytea"
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
