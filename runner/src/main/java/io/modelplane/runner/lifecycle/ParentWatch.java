package io.modelplane.runner.lifecycle;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Ends the runner when the process that started it is gone. The local backend stops its runners on
 * an orderly shutdown, but a control plane killed abruptly (SIGKILL, a test fork torn down) cannot;
 * without this its runners would live on as orphans holding ports and memory.
 *
 * <p>The parent is recognised by its pid <em>and</em> its start time, so a recycled pid does not
 * keep the runner alive.
 */
public final class ParentWatch {

  private final long pid;
  private final Optional<Instant> startedAt;

  private ParentWatch(long pid, Optional<Instant> startedAt) {
    this.pid = pid;
    this.startedAt = startedAt;
  }

  /** Watches the process with this pid as it is now (its start time is remembered). */
  public static ParentWatch of(long pid) {
    return new ParentWatch(
        pid, ProcessHandle.of(pid).flatMap(handle -> handle.info().startInstant()));
  }

  /** Whether the parent still runs: same pid, same start time. */
  public boolean parentAlive() {
    Optional<ProcessHandle> handle = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
    if (handle.isEmpty()) {
      return false;
    }
    Optional<Instant> now = handle.get().info().startInstant();
    return startedAt.isEmpty() || now.isEmpty() || startedAt.equals(now);
  }

  /**
   * Checks every {@code interval} on a daemon thread and runs {@code onParentGone} once when the
   * parent is gone.
   */
  public Thread start(Duration interval, Runnable onParentGone) {
    return Thread.ofPlatform()
        .daemon()
        .name("parent-watch-" + pid)
        .start(
            () -> {
              try {
                while (parentAlive()) {
                  Thread.sleep(interval);
                }
                onParentGone.run();
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            });
  }
}
