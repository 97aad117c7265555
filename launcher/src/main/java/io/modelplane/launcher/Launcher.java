package io.modelplane.launcher;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * {@code bin/modelplane up}: PostgreSQL, Keycloak and the control plane on their embedded defaults,
 * a demo tenant seeded, everything stopped again on Ctrl-C or SIGTERM.
 */
public final class Launcher {

  private final Deque<AutoCloseable> started = new ArrayDeque<>();

  public static void main(String[] args) throws Exception {
    LauncherConfig config = LauncherConfig.from(args, System.getenv());
    new Launcher().up(config);
  }

  private void up(LauncherConfig config) throws Exception {
    Runtime.getRuntime().addShutdownHook(new Thread(this::stopAll, "modelplane-stop"));
    log("data directory " + config.dataDir());

    PostgresServer postgres =
        track(PostgresServer.start(config.dataDir().resolve("postgres"), config.dbPort()));
    log("PostgreSQL 16 ready at " + postgres.jdbcUrl());

    Path keycloakHome =
        KeycloakInstall.ensure(KeycloakServer.bundledHome(), config.dataDir().resolve("keycloak"));
    log("starting Keycloak (first start takes ~30 s) ...");
    KeycloakServer keycloak =
        track(
            KeycloakServer.start(
                keycloakHome,
                config.keycloakPort(),
                config.keycloakPort() + 820,
                true,
                List.of(config.uiBaseUrl(), config.uiBaseUrlLocalhost())));
    log("Keycloak ready at " + keycloak.url());

    ControlPlaneProcess controlPlane =
        track(ControlPlaneProcess.start(config, postgres.jdbcUrl(), keycloak.url()));
    log("control plane ready at " + config.uiBaseUrl());

    new DemoSeeder(config.uiBaseUrl(), keycloak.realmUrl()).seed(config.dataDir().resolve("demo"));
    System.out.println(Banner.text(config, postgres.jdbcUrl(), keycloak.url()));
    int exit = controlPlane.awaitExit();
    log("control plane exited with " + exit);
  }

  private <T extends AutoCloseable> T track(T resource) {
    started.push(resource);
    return resource;
  }

  private void stopAll() {
    while (!started.isEmpty()) {
      try {
        started.pop().close();
      } catch (Exception e) {
        log("stop failed: " + e.getMessage());
      }
    }
  }

  static void log(String message) {
    System.out.println("[modelplane] " + message);
  }
}
