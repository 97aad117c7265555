package io.modelplane.launcher;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Settings of {@code bin/modelplane up}; each has an environment override. {@code jvmOptions}
 * ({@code MODELPLANE_JVM_OPTIONS}, space-separated) go to the control plane's JVM only, not to the
 * launcher's or the runners'.
 */
record LauncherConfig(
    Path dataDir,
    Path appJar,
    int dbPort,
    int keycloakPort,
    int httpPort,
    List<String> jvmOptions) {

  static LauncherConfig from(String[] args, Map<String, String> env) {
    Path dataDir =
        Path.of(
            env.getOrDefault(
                "MODELPLANE_DATA_DIR", System.getProperty("user.home") + "/.modelplane"));
    Path appJar =
        Path.of(
            env.getOrDefault("MODELPLANE_APP", "control-plane/target/quarkus-app/quarkus-run.jar"));
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--data-dir" -> dataDir = Path.of(args[i + 1]);
        case "--app" -> appJar = Path.of(args[i + 1]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    return new LauncherConfig(
        dataDir.toAbsolutePath(),
        appJar.toAbsolutePath(),
        Integer.parseInt(env.getOrDefault("MODELPLANE_DB_PORT", "5432")),
        Integer.parseInt(env.getOrDefault("MODELPLANE_KEYCLOAK_PORT", "8180")),
        Integer.parseInt(env.getOrDefault("MODELPLANE_HTTP_PORT", "8080")),
        Arrays.stream(env.getOrDefault("MODELPLANE_JVM_OPTIONS", "").trim().split("\\s+"))
            .filter(o -> !o.isEmpty())
            .toList());
  }

  String uiBaseUrl() {
    return "http://127.0.0.1:" + httpPort;
  }

  String uiBaseUrlLocalhost() {
    return "http://localhost:" + httpPort;
  }
}
