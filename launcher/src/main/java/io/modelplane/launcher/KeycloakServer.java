package io.modelplane.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * Keycloak from its Maven distribution, started with {@code kc.sh start-dev} and the demo realm
 * imported. The realm's UI redirect URIs are filled in at start so any control-plane port works.
 */
public final class KeycloakServer implements AutoCloseable {

  public static final String REALM = "modelplane";
  private static final Duration START_TIMEOUT = Duration.ofMinutes(4);

  private final Process process;
  private final int port;
  private final Path log;

  private KeycloakServer(Process process, int port, Path log) {
    this.process = process;
    this.port = port;
    this.log = log;
  }

  /** Where the build unpacked the distribution (launcher/target/keycloak/keycloak-VERSION). */
  public static Path bundledHome() {
    try (InputStream in = KeycloakServer.class.getResourceAsStream("launcher.properties")) {
      Properties p = new Properties();
      p.load(in);
      return Path.of(p.getProperty("keycloak.home"));
    } catch (IOException e) {
      throw new IllegalStateException("launcher.properties missing from the launcher jar", e);
    }
  }

  /**
   * Starts Keycloak from {@code home}.
   *
   * @param persistent {@code dev-file} storage (keeps users and groups) instead of in-memory
   * @param uiBaseUrls base URLs of control planes whose login redirects the realm accepts
   */
  public static KeycloakServer start(
      Path home, int port, int managementPort, boolean persistent, List<String> uiBaseUrls)
      throws IOException {
    writeRealm(home, uiBaseUrls);
    Path log = home.resolve("keycloak.log");
    ProcessBuilder pb =
        new ProcessBuilder(
                home.resolve("bin/kc.sh").toString(),
                "start-dev",
                "--http-host=127.0.0.1",
                "--http-port=" + port,
                "--http-management-port=" + managementPort,
                "--db=" + (persistent ? "dev-file" : "dev-mem"),
                "--cache=local",
                "--import-realm")
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    pb.environment().put("JAVA_HOME", Jdk.home().toString());
    pb.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
    pb.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");
    KeycloakServer server = new KeycloakServer(pb.start(), port, log);
    server.awaitRealm();
    return server;
  }

  public String url() {
    return "http://127.0.0.1:" + port;
  }

  public String realmUrl() {
    return url() + "/realms/" + REALM;
  }

  private static void writeRealm(Path home, List<String> uiBaseUrls) throws IOException {
    String template;
    try (InputStream in = KeycloakServer.class.getResourceAsStream("/modelplane-realm.json")) {
      template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String redirects =
        uiBaseUrls.stream().map(u -> "\"" + u + "/*\"").collect(Collectors.joining(", "));
    String origins =
        uiBaseUrls.stream().map(u -> "\"" + u + "\"").collect(Collectors.joining(", "));
    String realm =
        template
            .replace("\"@UI_REDIRECT_URIS@\"", redirects)
            .replace("\"@UI_WEB_ORIGINS@\"", origins);
    Path imports = Files.createDirectories(home.resolve("data/import"));
    Files.writeString(imports.resolve("modelplane-realm.json"), realm);
  }

  private void awaitRealm() throws IOException {
    try {
      Processes.awaitHttpOk(
          process,
          realmUrl() + "/.well-known/openid-configuration",
          START_TIMEOUT,
          "Keycloak (log: " + log + ")");
    } catch (IOException e) {
      close();
      throw e;
    }
  }

  @Override
  public void close() {
    Processes.stopTree(process);
  }
}
