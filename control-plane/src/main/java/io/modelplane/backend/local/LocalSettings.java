package io.modelplane.backend.local;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * The local backend's settings, resolved (defaults found, options split), so that tests can build a
 * {@link LocalBackend} without a Quarkus application.
 *
 * @param runnerJar the runner's {@code quarkus-run.jar} (its {@code lib/} next to it)
 * @param java the java launcher
 * @param jvmOptions options placed before {@code -jar}
 * @param workDir logs, model directories and the DJL cache go below it
 * @param restartBackoff delays between restarts
 * @param stopGrace SIGTERM first, SIGKILL after this
 * @param startupTimeout a runner not ready after this long is killed and restarted
 */
public record LocalSettings(
    Path runnerJar,
    Path java,
    List<String> jvmOptions,
    Path workDir,
    RestartBackoff restartBackoff,
    Duration stopGrace,
    Duration startupTimeout) {

  private static final Path JAR = Path.of("runner", "target", "quarkus-app", "quarkus-run.jar");

  public LocalSettings {
    jvmOptions = List.copyOf(jvmOptions);
  }

  /** Resolves the configuration: a missing runner jar is looked for where a build leaves it. */
  public static LocalSettings from(LocalBackendConfig config) {
    return new LocalSettings(
        config.runnerJar().orElseGet(LocalSettings::defaultRunnerJar),
        config.java(),
        options(config.jvmOptions()),
        config.workDir(),
        new RestartBackoff(
            config.restartBackoff().initial(),
            config.restartBackoff().max(),
            config.restartBackoff().resetAfter()),
        config.stopGrace(),
        config.startupTimeout());
  }

  /** {@code runner/target/...} from the working directory, else from its parent. */
  static Path defaultRunnerJar() {
    Path here = JAR.toAbsolutePath().normalize();
    Path parent = Path.of("..").resolve(JAR).toAbsolutePath().normalize();
    return Files.exists(here) || !Files.exists(parent) ? here : parent;
  }

  static List<String> options(String options) {
    return Arrays.stream(options.strip().split("\\s+")).filter(o -> !o.isEmpty()).toList();
  }

  /** Where the runners unpack their engines' native libraries: one cache shared by all. */
  Path djlCache() {
    return workDir.resolve("djl-cache");
  }
}
