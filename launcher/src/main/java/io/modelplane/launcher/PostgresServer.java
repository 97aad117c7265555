package io.modelplane.launcher;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * PostgreSQL 16 from the embedded Maven binaries, with the two roles the control plane uses: an
 * owner that runs the migrations and an application role that owns nothing, so row-level security
 * always applies to it.
 */
public final class PostgresServer implements AutoCloseable {

  public static final String DATABASE = "modelplane";
  public static final String OWNER_ROLE = "modelplane";
  public static final String OWNER_PASSWORD = "modelplane";
  public static final String APP_ROLE = "modelplane_app";
  public static final String APP_PASSWORD = "modelplane_app";

  private final EmbeddedPostgres postgres;

  private PostgresServer(EmbeddedPostgres postgres) {
    this.postgres = postgres;
  }

  /**
   * Starts on {@code port} (0 picks a free one), keeping data in {@code dataDir} across restarts,
   * crash-safe: commits are flushed to disk ({@code fsync} and {@code synchronous_commit} on).
   */
  public static PostgresServer start(Path dataDir, int port) throws IOException {
    return start(dataDir, port, true);
  }

  /**
   * As {@link #start(Path, int)}; with {@code durable} false the server never flushes to disk (the
   * embedded binaries' default, {@code -F}): for throw-away test databases, where speed matters and
   * a crash loses nothing of value.
   */
  public static PostgresServer start(Path dataDir, int port, boolean durable) throws IOException {
    Files.createDirectories(dataDir);
    Path workDir = Files.createDirectories(dataDir.resolveSibling(dataDir.getFileName() + "-bin"));
    EmbeddedPostgres.Builder builder =
        EmbeddedPostgres.builder()
            .setDataDirectory(dataDir)
            .setCleanDataDirectory(false)
            .setOverrideWorkingDirectory(workDir.toFile())
            .setServerConfig("max_connections", "300")
            .setServerConfig("listen_addresses", "127.0.0.1");
    if (durable) {
      builder.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on");
    }
    if (port > 0) {
      builder.setPort(port);
    }
    PostgresServer server = new PostgresServer(builder.start());
    server.bootstrap();
    return server;
  }

  public int port() {
    return postgres.getPort();
  }

  public String jdbcUrl() {
    return "jdbc:postgresql://127.0.0.1:" + port() + "/" + DATABASE;
  }

  private void bootstrap() throws IOException {
    try (Connection c = postgres.getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      s.execute(createRoleIfMissing(OWNER_ROLE, OWNER_PASSWORD, ""));
      s.execute(createRoleIfMissing(APP_ROLE, APP_PASSWORD, " NOBYPASSRLS"));
      if (!databaseExists(s)) {
        s.execute("CREATE DATABASE " + DATABASE + " OWNER " + OWNER_ROLE);
      }
      s.execute("GRANT CONNECT ON DATABASE " + DATABASE + " TO " + APP_ROLE);
    } catch (SQLException e) {
      throw new IOException("could not prepare the modelplane database", e);
    }
  }

  private static String createRoleIfMissing(String role, String password, String options) {
    return "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '%s') THEN CREATE ROLE %s LOGIN PASSWORD '%s'%s; END IF; END $$"
        .formatted(role, role, password, options);
  }

  private static boolean databaseExists(Statement s) throws SQLException {
    try (var rs = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'")) {
      return rs.next();
    }
  }

  @Override
  public void close() throws IOException {
    postgres.close();
  }
}
