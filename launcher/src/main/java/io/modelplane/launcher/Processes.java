package io.modelplane.launcher;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** Child-process helpers: stop a whole tree politely, then forcibly. */
final class Processes {

  private static final Duration GRACE = Duration.ofSeconds(20);

  private Processes() {}

  static void stopTree(Process process) {
    var descendants = process.descendants().toList();
    process.destroy();
    descendants.forEach(ProcessHandle::destroy);
    try {
      if (!process.waitFor(GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    descendants.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
  }

  /** Waits between readiness probes of a process we started; never used by tests. */
  static void pause(Duration d) {
    try {
      Thread.sleep(d);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
