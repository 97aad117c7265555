package io.modelplane.backend.local;

import io.modelplane.backend.BackendException;
import io.modelplane.backend.DeploymentKey;
import io.modelplane.backend.DesiredDeployment;
import io.modelplane.backend.RunnerSet;
import io.modelplane.backend.RunnerSetStatus;
import io.modelplane.backend.RuntimeBackend;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.jboss.logging.Logger;

/**
 * The embedded default backend: every replica is a runner process on a free 127.0.0.1 port,
 * supervised by this JVM, so that a laptop serves models without a cluster.
 *
 * <p>Everything is kept in memory: {@code apply} only starts or stops supervisors (which start the
 * processes and wait for readiness on their own threads) and {@code observe} reads their last
 * state, so neither ever waits for a runner. Each runner set runs exactly {@code minReplicas}
 * replicas: there is no autoscaling locally, {@code maxReplicas}, resources, GPU counts and
 * tolerations are ignored (a runner set without GPUs runs on the CPU). Runners are stopped with
 * this bean, and each one also ends itself when this JVM dies ({@code PARENT_PID}), so none
 * outlives the control plane.
 */
@ApplicationScoped
public class LocalBackend implements RuntimeBackend, AutoCloseable {

  private static final Logger LOG = Logger.getLogger(LocalBackend.class);

  private final LocalSettings settings;
  private final RunnerLauncher launcher;
  private final ReadinessProbe probe = ReadinessProbe.create();
  private final PortAllocator ports = new PortAllocator();
  private final List<Consumer<DeploymentKey>> listeners = new CopyOnWriteArrayList<>();
  private final Map<DeploymentKey, Map<String, LocalRunnerSet>> running = new HashMap<>();
  private final Set<LocalRunnerSet> stopping = ConcurrentHashMap.newKeySet();
  private final AtomicLong incarnations = new AtomicLong(System.currentTimeMillis());
  private boolean closed;
  private boolean leftoversRemoved;

  @Inject
  LocalBackend(LocalBackendConfig config) {
    this(LocalSettings.from(config));
  }

  public LocalBackend(LocalSettings settings) {
    this.settings = settings;
    this.launcher = new RunnerLauncher(settings);
  }

  @Override
  public String name() {
    return "local";
  }

  @Override
  public synchronized void apply(DesiredDeployment desired) {
    requireUsable();
    removeLeftoversOnce();
    DeploymentKey deployment = new DeploymentKey(desired.tenant(), desired.deployment());
    Map<String, LocalRunnerSet> current =
        running.computeIfAbsent(deployment, key -> new LinkedHashMap<>());
    Set<String> wanted = new HashSet<>();
    for (RunnerSet set : desired.runnerSets()) {
      if (wanted.add(set.key()) && !current.containsKey(set.key())) {
        LocalRunnerSet started = create(deployment, set);
        current.put(set.key(), started);
        started.start();
      }
    }
    current
        .values()
        .removeIf(
            set -> {
              if (wanted.contains(set.key())) {
                return false;
              }
              retire(set);
              return true;
            });
    if (current.isEmpty()) {
      running.remove(deployment);
    }
  }

  @Override
  public synchronized List<RunnerSetStatus> observe(DeploymentKey deployment) {
    Map<String, LocalRunnerSet> current = running.getOrDefault(deployment, Map.of());
    List<RunnerSetStatus> statuses = new ArrayList<>();
    current.values().forEach(set -> statuses.add(set.status(set.size())));
    stopping.stream()
        .filter(set -> set.deployment().equals(deployment) && !current.containsKey(set.key()))
        .forEach(set -> statuses.add(set.status(0)));
    return statuses;
  }

  @Override
  public synchronized void delete(DeploymentKey deployment) {
    Map<String, LocalRunnerSet> sets = running.remove(deployment);
    if (sets != null) {
      sets.values().forEach(this::retire);
    }
  }

  @Override
  public void onChange(Consumer<DeploymentKey> listener) {
    listeners.add(listener);
  }

  /** Stops every runner and waits (up to the grace period and a little) until they have ended. */
  @PreDestroy
  @Override
  public void close() {
    List<CompletableFuture<Void>> ends = new ArrayList<>();
    synchronized (this) {
      closed = true;
      running.values().forEach(sets -> sets.values().forEach(this::retire));
      running.clear();
      stopping.forEach(set -> ends.add(set.stop()));
    }
    try {
      CompletableFuture.allOf(ends.toArray(CompletableFuture[]::new))
          .get(settings.stopGrace().toMillis() + 15_000, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException | TimeoutException e) {
      LOG.warnf(e, "Not every runner ended on shutdown");
    }
  }

  private void requireUsable() {
    if (closed) {
      throw new BackendException("the local backend is shutting down");
    }
    if (!Files.isRegularFile(settings.runnerJar())) {
      throw new BackendException(
          "runner jar not found at "
              + settings.runnerJar()
              + "; build it (./mvnw -pl runner package) or set modelplane.backend.local.runner-jar");
    }
  }

  /**
   * Model directories of an earlier control plane that died abruptly (its runners ended on their
   * own, see {@code PARENT_PID}); nothing of this one runs before its first apply.
   */
  private void removeLeftoversOnce() {
    if (leftoversRemoved) {
      return;
    }
    leftoversRemoved = true;
    try {
      RunnerLauncher.wipe(ReplicaPaths.models(settings.workDir()));
    } catch (IOException e) {
      LOG.warnf(e, "Could not remove old model directories below %s", settings.workDir());
    }
  }

  private LocalRunnerSet create(DeploymentKey deployment, RunnerSet set) {
    List<ReplicaSupervisor> replicas =
        IntStream.range(0, Math.max(0, set.spec().minReplicas()))
            .mapToObj(index -> set.key() + "-" + index)
            .map(
                id ->
                    new ReplicaPlan(
                        deployment,
                        id,
                        set.spec(),
                        ReplicaPaths.of(
                            settings.workDir(), deployment, id, incarnations.incrementAndGet())))
            .map(
                plan ->
                    new ReplicaSupervisor(
                        plan, launcher, probe, ports, settings, () -> changed(deployment)))
            .toList();
    return new LocalRunnerSet(deployment, set.key(), replicas);
  }

  /**
   * Stops a set in the background; the listeners hear of it once its processes have ended, on
   * another thread (never inside {@code apply}, which a listener may call).
   */
  private void retire(LocalRunnerSet set) {
    stopping.add(set);
    set.stop()
        .whenCompleteAsync(
            (ignored, failure) -> {
              stopping.remove(set);
              changed(set.deployment());
            },
            task -> Thread.ofVirtual().start(task));
  }

  private void changed(DeploymentKey deployment) {
    for (Consumer<DeploymentKey> listener : listeners) {
      try {
        listener.accept(deployment);
      } catch (RuntimeException e) {
        LOG.warnf(e, "A change listener failed for %s", deployment);
      }
    }
  }
}
