package io.modelplane.testing;

import io.modelplane.launcher.PostgresServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * PostgreSQL 16 from the embedded Maven binaries, once per test run, in a scratch directory removed
 * afterwards.
 */
public class PostgresResource implements QuarkusTestResourceLifecycleManager {

  private PostgresServer server;
  private Path dir;

  @Override
  public Map<String, String> start() {
    try {
      dir = ScratchDirectories.create("postgres-");
      // benches measure durable commits; other tests need no disk flushes
      server = PostgresServer.start(dir.resolve("data"), 0, Boolean.getBoolean("bench"));
      return Map.of("modelplane.db.url", server.jdbcUrl());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void stop() {
    try {
      if (server != null) {
        server.close();
      }
      ScratchDirectories.delete(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
