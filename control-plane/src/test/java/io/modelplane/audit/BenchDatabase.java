package io.modelplane.audit;

import io.agroal.api.AgroalDataSource;
import io.agroal.api.AgroalDataSource.FlushMode;
import io.quarkus.arc.Arc;
import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Server settings for the audit benches. The embedded test PostgreSQL is started with {@code
 * synchronous_commit = off} on its command line (which {@code ALTER SYSTEM} cannot override); a
 * bench that compares durable work sets it on for the application's role instead, which wins over
 * the command line, and makes the pool open fresh connections that pick it up.
 */
final class BenchDatabase {

  private BenchDatabase() {}

  static void synchronousCommit(boolean on) throws SQLException {
    String url =
        ConfigProvider.getConfig()
            .getValue("modelplane.db.url", String.class)
            .replaceFirst("/[^/]+$", "/postgres");
    try (Connection c = DriverManager.getConnection(url, "postgres", "");
        Statement s = c.createStatement()) {
      s.execute(
          on
              ? "ALTER ROLE modelplane_app SET synchronous_commit = on"
              : "ALTER ROLE modelplane_app RESET synchronous_commit");
    }
    Arc.container().instance(AgroalDataSource.class).get().flush(FlushMode.GRACEFUL);
    String expected = on ? "on" : serverSetting(url);
    Awaitility.await()
        .atMost(Duration.ofSeconds(30))
        .ignoreExceptions()
        .until(() -> expected.equals(synchronousCommitOfTheApplication()));
  }

  /** The server's own synchronous_commit (what a role without a setting of its own gets). */
  private static String serverSetting(String url) throws SQLException {
    try (Connection c = DriverManager.getConnection(url, "postgres", "");
        Statement s = c.createStatement();
        var rs = s.executeQuery("SHOW synchronous_commit")) {
      rs.next();
      return rs.getString(1);
    }
  }

  /** The application role's setting, as a fresh pooled connection reports it. */
  static String synchronousCommitOfTheApplication() throws SQLException {
    try (Connection c = Arc.container().instance(AgroalDataSource.class).get().getConnection();
        Statement s = c.createStatement();
        var rs = s.executeQuery("SHOW synchronous_commit")) {
      rs.next();
      return rs.getString(1);
    }
  }

  static void printMachine() {
    var os = ManagementFactory.getOperatingSystemMXBean();
    System.out.printf(
        "machine: %d cores, load average %.1f, %s %s%n",
        os.getAvailableProcessors(),
        os.getSystemLoadAverage(),
        System.getProperty("java.vm.name"),
        System.getProperty("java.version"));
  }
}
