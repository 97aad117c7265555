package io.modelplane.testing;

import io.modelplane.launcher.KeycloakServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;

/** Keycloak from its distribution with the demo realm, once per test run, kept in memory. */
public class KeycloakResource implements QuarkusTestResourceLifecycleManager {

  /** The port @QuarkusTest serves on; the realm must accept login redirects back to it. */
  public static final int TEST_HTTP_PORT = 8081;

  private KeycloakServer server;

  @Override
  public Map<String, String> start() {
    try {
      server =
          KeycloakServer.start(
              KeycloakServer.bundledHome(),
              freePort(),
              freePort(),
              false,
              List.of("http://127.0.0.1:" + TEST_HTTP_PORT, "http://localhost:" + TEST_HTTP_PORT));
      return Map.of("modelplane.keycloak.url", server.url());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void stop() {
    if (server != null) {
      server.close();
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
