package io.modelplane.backend.local;

import io.smallrye.config.ConfigMapping;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * {@code modelplane.backend.local.*}: how the local backend starts runner processes. Read once and
 * turned into {@link LocalSettings}, which the tests build directly.
 */
@ConfigMapping(prefix = "modelplane.backend.local")
public interface LocalBackendConfig {

  /** The runner's {@code quarkus-run.jar}; unset = found under the working directory. */
  Optional<Path> runnerJar();

  /** The java launcher that runs the runners. */
  Path java();

  /**
   * JVM options, separated by spaces; {@code --enable-native-access=ALL-UNNAMED} is always added.
   */
  String jvmOptions();

  /** Per-replica logs and model directories, and the shared DJL cache. */
  Path workDir();

  /** How long to wait before restarting a replica that exited or hung. */
  Backoff restartBackoff();

  /** How long a runner may drain after SIGTERM before it is killed. */
  Duration stopGrace();

  /** How long a runner may take to become ready before it is killed and restarted. */
  Duration startupTimeout();

  /** Restart delays. */
  interface Backoff {
    /** The delay after the first failure; it doubles with each further failure. */
    Duration initial();

    /** The longest delay. */
    Duration max();

    /**
     * A replica ready this long counts as healthy again: its next failure waits the initial delay.
     */
    Duration resetAfter();
  }
}
