package io.modelplane.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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
    List<String> command = new ArrayList<>();
    command.add(Jdk.java().toString());
    command.add("--enable-native-access=ALL-UNNAMED");
    command.addAll(config.jvmOptions());
    command.add("-jar");
    command.add(config.appJar().toString());
    ProcessBuilder pb = new ProcessBuilder(command).inheritIO();
    Map<String, String> env = pb.environment();
    env.put("QUARKUS_HTTP_HOST", "127.0.0.1");
    env.put("QUARKUS_HTTP_PORT", Integer.toString(config.httpPort()));
    env.put("MODELPLANE_DB_URL", jdbcUrl);
    env.put("MODELPLANE_KEYCLOAK_URL", keycloakUrl);
    env.put("MODELPLANE_DATA_DIR", config.dataDir().toString());
    env.put("DJL_OFFLINE", "true");
    env.put("OPT_OUT_TRACKING", "true");
    ControlPlaneProcess cp = new ControlPlaneProcess(pb.start());
    Processes.awaitHttpOk(
        cp.process, config.uiBaseUrl() + "/q/health/ready", START_TIMEOUT, "the control plane");
    return cp;
  }

  int awaitExit() throws InterruptedException {
    return process.waitFor();
  }

  @Override
  public void close() {
    Processes.stopTree(process);
  }
}
