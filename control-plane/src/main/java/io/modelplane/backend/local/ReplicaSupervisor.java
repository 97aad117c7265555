package io.modelplane.backend.local;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jboss.logging.Logger;

/**
 * Keeps one replica running: starts its runner, polls readiness, then watches liveness, and
 * restarts it with backoff when it exits or stops answering. One virtual thread per replica does
 * all of it, so starting, killing and restarting one replica never race each other; {@link
 * #state()} is what {@code observe} reads, and every change the reconciler should see (ready, gone)
 * is reported through the {@code changed} callback.
 */
final class ReplicaSupervisor {

  private static final Logger LOG = Logger.getLogger(ReplicaSupervisor.class);

  /** How often a starting runner is asked whether it is ready. */
  static final Duration READY_POLL = Duration.ofMillis(200);

  /** How often a ready runner is asked whether it still is. */
  static final Duration LIVENESS_INTERVAL = Duration.ofSeconds(1);

  /** Unanswered probes in a row after which a ready runner counts as hung. */
  static final int LIVENESS_MISSES = 3;

  private static final Duration KILL_WAIT = Duration.ofSeconds(10);

  private final ReplicaPlan plan;
  private final RunnerLauncher launcher;
  private final ReadinessProbe probe;
  private final PortAllocator ports;
  private final LocalSettings settings;
  private final Runnable changed;
  private final CompletableFuture<Void> stopRequested = new CompletableFuture<>();
  private final CompletableFuture<Void> terminated = new CompletableFuture<>();
  private volatile ReplicaState state;

  /** Why the previous start ended, kept in "starting" messages so a crash loop stays explained. */
  private String lastEnding = "";

  ReplicaSupervisor(
      ReplicaPlan plan,
      RunnerLauncher launcher,
      ReadinessProbe probe,
      PortAllocator ports,
      LocalSettings settings,
      Runnable changed) {
    this.plan = plan;
    this.launcher = launcher;
    this.probe = probe;
    this.ports = ports;
    this.settings = settings;
    this.changed = changed;
    this.state = ReplicaState.initial(plan.id());
  }

  void start() {
    Thread.ofVirtual().name("runner-" + plan.label()).start(this::supervise);
  }

  ReplicaState state() {
    return state;
  }

  /**
   * Stops the replica: not ready at once, then SIGTERM, then SIGKILL after the grace period. Does
   * not wait; the future completes once the process has ended.
   */
  CompletableFuture<Void> stop() {
    stopRequested.complete(null);
    publish(state);
    return terminated;
  }

  private void supervise() {
    int failures = 0;
    int port = 0;
    try {
      for (int start = 1; !stopRequested.isDone(); start++) {
        Ending ending;
        try {
          port = ports.allocate(port);
          ending = runOnce(port, start);
        } catch (RuntimeException e) {
          LOG.errorf(e, "Runner %s: supervision failed", plan.label());
          ending = new Ending("a supervision error (" + e + ")", null);
        }
        if (ending == null) {
          break;
        }
        failures = ending.healthyFor().compareTo(backoffResetAfter()) >= 0 ? 1 : failures + 1;
        Duration delay = settings.restartBackoff().delay(failures);
        String message =
            "restarting after %s (attempt %d, next in %s); see %s"
                .formatted(
                    ending.cause(), failures, RestartBackoff.describe(delay), plan.paths().log());
        LOG.warnf("Runner %s: %s", plan.label(), message);
        publish(state.ended(message));
        lastEnding = " (restart attempt %d after %s)".formatted(failures, ending.cause());
        changed.run();
        if (awaitStop(delay)) {
          break;
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      ports.release(port);
      wipeModelDir();
      publish(state.ended("stopped"));
      terminated.complete(null);
    }
  }

  /** Starts the runner and watches it until it ends; null when it was stopped on request. */
  private Ending runOnce(int port, int start) throws InterruptedException {
    RunnerLauncher.Launched launched;
    try {
      launched = launcher.launch(plan, port, start);
    } catch (IOException e) {
      publish(state.ended("cannot start"));
      return new Ending("failing to start " + settings.java() + ": " + e.getMessage(), null);
    }
    Process process = launched.process();
    publish(state.running(port, process.pid(), starting("")));
    try {
      return watch(process, launched.logOffset());
    } finally {
      terminate(process);
    }
  }

  private Ending watch(Process process, long logOffset) throws InterruptedException {
    Instant started = Instant.now();
    Instant readySince = null;
    int misses = 0;
    while (true) {
      if (awaitExitOrStop(process, readySince == null ? READY_POLL : LIVENESS_INTERVAL)) {
        return stopRequested.isDone() ? null : exited(process, logOffset, readySince);
      }
      ReadinessProbe.Result result = probe.check(state.port());
      switch (result.kind()) {
        case READY -> {
          misses = 0;
          if (readySince == null) {
            readySince = Instant.now();
            LOG.infof(
                "Runner %s ready on port %d after %d ms",
                plan.label(), state.port(), Duration.between(started, readySince).toMillis());
            lastEnding = "";
            publish(state.nowReady());
            changed.run();
          }
        }
        case NOT_READY -> {
          misses = 0;
          if (readySince != null) {
            readySince = null;
            started = Instant.now();
            publish(
                state.notReady(
                    "no longer ready: " + result.detail() + "; see " + plan.paths().log()));
            changed.run();
          } else {
            publish(state.notReady(starting(": " + result.detail())));
          }
        }
        case NO_ANSWER -> {
          if (readySince != null && ++misses >= LIVENESS_MISSES) {
            kill(process);
            return new Ending("it stopped answering /v2/health/ready", readySince);
          }
        }
      }
      if (readySince == null
          && Duration.between(started, Instant.now()).compareTo(settings.startupTimeout()) > 0) {
        kill(process);
        return new Ending(
            "it was not ready within " + RestartBackoff.describe(settings.startupTimeout()), null);
      }
    }
  }

  private String starting(String detail) {
    return "starting" + detail + lastEnding + "; see " + plan.paths().log();
  }

  private Ending exited(Process process, long logOffset, Instant readySince) {
    String failure =
        LogTail.failure(plan.paths().log(), logOffset).map(text -> ": " + text).orElse("");
    return new Ending("exit code " + process.exitValue() + failure, readySince);
  }

  private boolean awaitExitOrStop(Process process, Duration wait) throws InterruptedException {
    try {
      CompletableFuture.anyOf(process.onExit(), stopRequested)
          .get(wait.toMillis(), TimeUnit.MILLISECONDS);
      return true;
    } catch (TimeoutException e) {
      return false;
    } catch (ExecutionException e) {
      return true;
    }
  }

  private boolean awaitStop(Duration delay) throws InterruptedException {
    try {
      stopRequested.get(delay.toMillis(), TimeUnit.MILLISECONDS);
      return true;
    } catch (TimeoutException e) {
      return false;
    } catch (ExecutionException e) {
      return true;
    }
  }

  /** SIGTERM, so in-flight requests finish; SIGKILL if it is still there after the grace period. */
  private void terminate(Process process) throws InterruptedException {
    if (!process.isAlive()) {
      return;
    }
    process.destroy();
    try {
      if (!process.waitFor(settings.stopGrace().toMillis(), TimeUnit.MILLISECONDS)) {
        LOG.warnf(
            "Runner %s still running %s after SIGTERM; killing it",
            plan.label(), RestartBackoff.describe(settings.stopGrace()));
        kill(process);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      throw e;
    }
  }

  private static void kill(Process process) throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(KILL_WAIT.toMillis(), TimeUnit.MILLISECONDS);
  }

  private Duration backoffResetAfter() {
    return settings.restartBackoff().resetAfter();
  }

  private void wipeModelDir() {
    try {
      RunnerLauncher.wipe(plan.paths().modelDir());
    } catch (IOException e) {
      LOG.debugf(e, "Could not remove %s", plan.paths().modelDir());
    }
  }

  /** Once stopping, nothing makes the replica ready again. */
  private synchronized void publish(ReplicaState next) {
    state = stopRequested.isDone() ? next.notReady(next.pid() < 0 ? "stopped" : "stopping") : next;
  }

  /**
   * Why a run ended.
   *
   * @param cause for the status message: {@code exit code 1: sha256 mismatch …}
   * @param readySince when it last became ready, or null if it never did
   */
  private record Ending(String cause, Instant readySince) {
    Duration healthyFor() {
      return readySince == null ? Duration.ZERO : Duration.between(readySince, Instant.now());
    }
  }
}
