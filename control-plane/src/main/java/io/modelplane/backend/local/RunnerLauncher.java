package io.modelplane.backend.local;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Starts one runner process: command line, environment, a clean model directory, and its output
 * appended to the replica's log after a header line that marks each start.
 */
final class RunnerLauncher {

  private final LocalSettings settings;

  RunnerLauncher(LocalSettings settings) {
    this.settings = settings;
  }

  /** A started process and where its part of the log begins. */
  record Launched(Process process, long logOffset) {}

  Launched launch(ReplicaPlan plan, int port, int attempt) throws IOException {
    Path log = plan.paths().log();
    Files.createDirectories(log.getParent());
    Files.createDirectories(settings.djlCache());
    wipe(plan.paths().modelDir());
    Files.createDirectories(plan.paths().modelDir());
    long offset = Files.exists(log) ? Files.size(log) : 0;
    Files.writeString(
        log,
        "--- modelplane: starting %s on 127.0.0.1:%d (start %d) at %s%n"
            .formatted(plan.label(), port, attempt, Instant.now()),
        StandardCharsets.UTF_8,
        StandardOpenOption.CREATE,
        StandardOpenOption.APPEND);
    ProcessBuilder builder =
        new ProcessBuilder(command(plan))
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    builder.environment().clear();
    builder
        .environment()
        .putAll(
            RunnerEnvironment.of(
                System.getenv(),
                plan.spec(),
                plan.paths(),
                settings.djlCache(),
                port,
                ProcessHandle.current().pid()));
    Process process = builder.start();
    process.getOutputStream().close(); // a runner reads nothing from stdin
    return new Launched(process, offset);
  }

  List<String> command(ReplicaPlan plan) {
    List<String> command = new ArrayList<>();
    command.add(settings.java().toString());
    command.add("--enable-native-access=ALL-UNNAMED");
    command.addAll(settings.jvmOptions());
    command.add("-Dmodelplane.replica=" + plan.label());
    command.add("-jar");
    command.add(settings.runnerJar().toString());
    return command;
  }

  /** Removes what an earlier start left (a partial download must not be taken for the artifact). */
  static void wipe(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }
}
