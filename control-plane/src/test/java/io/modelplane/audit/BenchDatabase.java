package io.modelplane.audit;

import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Server settings for the audit benches. The embedded test PostgreSQL runs with {@code
 * synchronous_commit = off}; a bench that compares durable work must switch it on for everyone (as
 * the superuser, like a production server's setting) and back afterwards.
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
      s.execute("ALTER SYSTEM SET synchronous_commit = " + (on ? "on" : "off"));
      s.execute("SELECT pg_reload_conf()");
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
