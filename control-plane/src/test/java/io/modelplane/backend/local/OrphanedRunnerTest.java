package io.modelplane.backend.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.modelplane.backend.DeploymentKey;
import io.modelplane.backend.RunnerSpec;
import io.modelplane.testing.FreePorts;
import io.modelplane.testing.TestArtifacts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A control plane that dies abruptly cannot stop its runners; the real runner jar must then end
 * itself, told by the {@code PARENT_PID} the local backend passes. A {@code sleep} process stands
 * in for the control plane, so that it can be killed.
 */
class OrphanedRunnerTest {

  private static final Path RUNNER_JAR =
      Path.of("..", "runner", "target", "quarkus-app", "quarkus-run.jar")
          .toAbsolutePath()
          .normalize();

  /** The engines' native libraries, unpacked once (the first unpack takes seconds). */
  private static final Path SHARED_DJL_CACHE =
      Path.of("target", "local-backend-test", "djl-cache").toAbsolutePath();

  @TempDir Path workDir;

  @Test
  void shouldEndTheRunnerWhenItsParentDies() throws Exception {
    // Given
    Process parent = new ProcessBuilder("sleep", "600").start();
    int port = FreePorts.next();
    Process runner = startRunner(parent.pid(), port);
    try {
      ReadinessProbe probe = ReadinessProbe.create();
      await()
          .atMost(Duration.ofMinutes(2))
          .until(() -> probe.check(port).kind() == ReadinessProbe.Kind.READY);

      // When
      parent.destroyForcibly();

      // Then
      await().atMost(Duration.ofMinutes(2)).until(() -> !runner.isAlive());
      assertThat(Files.readString(workDir.resolve("runner.log")))
          .contains("Parent process " + parent.pid() + " is gone");
    } finally {
      runner.destroyForcibly();
    }
  }

  private Process startRunner(long parentPid, int port) throws Exception {
    Path model = TestArtifacts.xgboost();
    RunnerSpec spec =
        new RunnerSpec(
            "churn",
            1,
            "xgboost",
            TestArtifacts.sha256(model),
            model.toString(),
            "modelplane/runner:test",
            1,
            1,
            new RunnerSpec.Resources("1", "1Gi", 0, null),
            List.of(),
            Map.of());
    ReplicaPaths paths = ReplicaPaths.of(workDir, new DeploymentKey("acme", "orphan"), "r-0", 1);
    ProcessBuilder builder =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED",
                "-XX:TieredStopAtLevel=1",
                "-jar",
                RUNNER_JAR.toString())
            .redirectErrorStream(true)
            .redirectOutput(workDir.resolve("runner.log").toFile());
    builder.environment().clear();
    builder
        .environment()
        .putAll(
            RunnerEnvironment.of(System.getenv(), spec, paths, SHARED_DJL_CACHE, port, parentPid));
    return builder.start();
  }
}
