package io.modelplane.testing;

import io.modelplane.launcher.KeycloakServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/** Keycloak from its distribution with the demo realm, once per test run, kept in memory. */
public class KeycloakResource implements QuarkusTestResourceLifecycleManager {

  /**
   * The port @QuarkusTest serves on, chosen free once per run: the realm must accept login
   * redirects back to it, and a fixed port would collide with other test runs on the machine.
   */
  public static final int TEST_HTTP_PORT = FreePorts.next();

  private KeycloakServer server;

  @Override
  public Map<String, String> start() {
    try {
      server =
          KeycloakServer.start(
              KeycloakServer.bundledHome(),
              FreePorts.next(),
              FreePorts.next(),
              false,
              List.of("http://127.0.0.1:" + TEST_HTTP_PORT, "http://localhost:" + TEST_HTTP_PORT));
      return Map.of(
          "modelplane.keycloak.url",
          server.url(),
          "quarkus.http.test-port",
          Integer.toString(TEST_HTTP_PORT));
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
}
