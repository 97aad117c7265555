package io.modelplane.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * The control plane as a child process ({@code java -jar quarkus-run.jar}) on the launcher's JDK.
 */
final class ControlPlaneProcess implements AutoCloseable {

  private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

  private final Process process;

  private ControlPlaneProcess(Process process) {
    this.process = process;
  }

  static ControlPlaneProcess start(LauncherConfig config, String jdbcUrl, String keycloakUrl)
      throws IOException {
    if (!Files.isRegularFile(config.appJar())) {
      throw new IOException(
          "control plane not built at " + config.appJar() + "; run ./mvnw package");
    }
    ProcessBuilder pb =
        new ProcessBuilder(
                Jdk.java().toString(),
                "--enable-native-access=ALL-UNNAMED",
                "-jar",
                config.appJar().toString())
            .inheritIO();
    Map<String, String> env = pb.environment();
    env.put("QUARKUS_HTTP_HOST", "127.0.0.1");
    env.put("QUARKUS_HTTP_PORT", Integer.toString(config.httpPort()));
    env.put("MODELPLANE_DB_URL", jdbcUrl);
    env.put("MODELPLANE_KEYCLOAK_URL", keycloakUrl);
    env.put("MODELPLANE_DATA_DIR", config.dataDir().toString());
    env.put("DJL_OFFLINE", "true");
    env.put("OPT_OUT_TRACKING", "true");
    ControlPlaneProcess cp = new ControlPlaneProcess(pb.start());
    cp.awaitReady(config.uiBaseUrl() + "/q/health/ready");
    return cp;
  }

  int awaitExit() throws InterruptedException {
    return process.waitFor();
  }

  private void awaitReady(String url) throws IOException {
    HttpClient http = HttpClient.newHttpClient();
    HttpRequest probe =
        HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build();
    Instant deadline = Instant.now().plus(START_TIMEOUT);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IOException(
            "the control plane exited during start (exit " + process.exitValue() + ")");
      }
      try {
        if (http.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while waiting for the control plane", e);
      }
      Processes.pause(Duration.ofMillis(300));
    }
    throw new IOException("the control plane was not ready within " + START_TIMEOUT);
  }

  @Override
  public void close() {
    Processes.stopTree(process);
  }
}
