package io.modelplane.audit;

import io.modelplane.audit.service.AuditEntry;
import io.modelplane.launcher.PostgresServer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.ConfigProvider;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * What the audit tests need beyond the API: tenants of their own (so tampering never touches the
 * shared demo tenants), events, and a connection as the database owner — the role that can do what
 * the application cannot, such as switching off the append-only triggers.
 */
final class AuditFixtures {

  private AuditFixtures() {}

  static Connection owner() throws SQLException {
    String url = ConfigProvider.getConfig().getValue("modelplane.db.url", String.class);
    return DriverManager.getConnection(
        url, PostgresServer.OWNER_ROLE, PostgresServer.OWNER_PASSWORD);
  }

  /** A connection as the server's superuser (what an operator ending sessions would use). */
  static Connection superuser() throws SQLException {
    String url = ConfigProvider.getConfig().getValue("modelplane.db.url", String.class);
    return DriverManager.getConnection(url, "postgres", "postgres");
  }

  /**
   * Unpooled connections as the application role, named {@code applicationName} in pg_stat_activity
   * (so a test can find and end exactly their sessions).
   */
  static DataSource applicationDataSource(String applicationName) {
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setURL(ConfigProvider.getConfig().getValue("modelplane.db.url", String.class));
    ds.setUser(PostgresServer.APP_ROLE);
    ds.setPassword(PostgresServer.APP_PASSWORD);
    ds.setApplicationName(applicationName);
    return ds;
  }

  /** A tenant row of its own (no Keycloak groups: these tenants are driven through services). */
  static String newTenant(String prefix) {
    String slug = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    try (Connection c = owner();
        PreparedStatement s =
            c.prepareStatement(
                "INSERT INTO tenant (slug, display_name, gpu_quota, created_at, created_by)"
                    + " VALUES (?, ?, 0, now(), 'audit-test')")) {
      s.setString(1, slug);
      s.setString(2, slug);
      s.executeUpdate();
      return slug;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  static AuditEntry entry(String tenant, int i) {
    return entry(tenant, i, Map.of("path", "/api/v1/things/" + i, "attempt", i));
  }

  static AuditEntry entry(String tenant, int i, Map<String, Object> details) {
    return new AuditEntry(
        tenant,
        Instant.now().truncatedTo(ChronoUnit.MICROS),
        "subject-" + (i % 5),
        "user" + (i % 5),
        i % 2 == 0 ? null : "ci-client",
        "admin,auditor",
        "thing.update",
        "thing",
        "thing-" + i,
        "success",
        200,
        "req-" + i,
        "127.0.0.1",
        details);
  }

  /**
   * Runs {@code sql} as the owner with the append-only triggers switched off, in one transaction
   * (other sessions never see them off): the attack of someone who owns the database.
   */
  static void behindTheApplicationsBack(String sql) {
    try (Connection c = owner()) {
      c.setAutoCommit(false);
      try (Statement s = c.createStatement()) {
        s.execute("ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only");
        s.execute("ALTER TABLE audit_event DISABLE TRIGGER audit_event_append");
        s.execute(sql);
        s.execute("ALTER TABLE audit_event ENABLE TRIGGER audit_event_append");
        s.execute("ALTER TABLE audit_event ENABLE TRIGGER audit_event_append_only");
      }
      c.commit();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
