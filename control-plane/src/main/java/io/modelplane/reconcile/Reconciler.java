package io.modelplane.reconcile;

import io.modelplane.backend.BackendException;
import io.modelplane.backend.DeploymentKey;
import io.modelplane.backend.DesiredDeployment;
import io.modelplane.backend.RunnerSet;
import io.modelplane.backend.RunnerSetStatus;
import io.modelplane.backend.RuntimeBackend;
import io.modelplane.deployment.persistence.Deployment;
import io.modelplane.deployment.persistence.DeploymentRepository;
import io.modelplane.deployment.persistence.DeploymentRevision;
import io.modelplane.deployment.persistence.ObservedRunnerSet;
import io.modelplane.deployment.persistence.Rollout;
import io.modelplane.deployment.service.DeploymentChanged;
import io.modelplane.deployment.service.DeploymentSettings;
import io.modelplane.deployment.service.Traffic;
import io.modelplane.gateway.RoutingTable;
import io.modelplane.leader.LeaderOnly;
import io.modelplane.leader.Leadership;
import io.modelplane.persistence.TenantWork;
import io.modelplane.tenant.persistence.TenantRepository;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Makes the runtime match the desired state in PostgreSQL. Runs on the leader only. Every
 * deployment is reconciled when it changes, when its backend reports a change, and periodically; a
 * pass is idempotent, never waits for replicas, writes status only when it changed, and on failure
 * retries the deployment with exponential backoff while the others go on.
 */
@ApplicationScoped
public class Reconciler {

  private static final Logger LOG = Logger.getLogger(Reconciler.class);

  @Inject DeploymentRepository repository;
  @Inject TenantRepository tenants;
  @Inject TenantWork tenantWork;
  @Inject RoutingTable routing;
  @Inject ArtifactUrls artifactUrls;
  @Inject Leadership leadership;
  @Inject Clock clock;
  @Inject DeploymentSettings settings;
  @Inject @Any Instance<RuntimeBackend> backendBeans;

  @ConfigProperty(name = "modelplane.reconcile.workers", defaultValue = "4")
  int workers;

  @ConfigProperty(name = "modelplane.reconcile.max-backoff", defaultValue = "30s")
  Duration maxBackoff;

  private final WorkQueue<DeploymentKey> queue = new WorkQueue<>();
  private final Map<DeploymentKey, Integer> failures = new ConcurrentHashMap<>();
  private final Map<String, RuntimeBackend> backends = new HashMap<>();
  private ScheduledExecutorService retries;
  private volatile boolean running;
  private final List<Thread> threads = new ArrayList<>();

  void onStart(@Observes StartupEvent event) {
    for (RuntimeBackend backend : backendBeans) {
      backends.put(backend.name(), backend);
    }
    retries =
        Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("reconcile-retry").factory());
    running = true;
    for (int i = 0; i < workers; i++) {
      threads.add(Thread.ofVirtual().name("reconciler-" + i).start(this::work));
    }
    backends.values().forEach(b -> b.onChange(this::trigger));
    if (leadership.check()) {
      resync();
    }
  }

  void onStop(@Observes ShutdownEvent event) {
    running = false;
    threads.forEach(Thread::interrupt);
    if (retries != null) {
      retries.shutdownNow();
    }
  }

  void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) DeploymentChanged event) {
    trigger(event.key());
  }

  public void trigger(DeploymentKey key) {
    queue.add(key);
  }

  /**
   * Every deployment, periodically: catches anything a trigger missed (or a runtime drifted). These
   * keys wait behind every change, so an edit is not held up by a resync of all deployments.
   */
  @Scheduled(
      every = "${modelplane.reconcile.resync:30s}",
      delayed = "5s",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  @LeaderOnly
  void resync() {
    tenantWork.inTransaction("", repository::keysToReconcile).forEach(queue::addResync);
  }

  /**
   * Followers serve inference too: they refresh their routes from the stored desired state and what
   * the backend observes, more often than the leader resyncs, since they hear no triggers of
   * changes made through other replicas.
   */
  @Scheduled(
      every = "${modelplane.reconcile.follower-resync:10s}",
      delayed = "5s",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void followerResync() {
    if (!leadership.isLeader()) {
      tenantWork.inTransaction("", repository::keysToReconcile).forEach(queue::addResync);
    }
  }

  private void work() {
    while (running) {
      DeploymentKey key;
      try {
        key = queue.take(1000).orElse(null);
      } catch (InterruptedException e) {
        return;
      }
      if (key == null) {
        continue;
      }
      try {
        if (leadership.isLeader()) {
          reconcile(key);
        } else {
          route(key);
        }
        failures.remove(key);
      } catch (RuntimeException e) {
        retryLater(key, e);
      } finally {
        queue.done(key);
      }
    }
  }

  private void retryLater(DeploymentKey key, RuntimeException e) {
    int n = failures.merge(key, 1, Integer::sum);
    long delay = Math.min(maxBackoff.toMillis(), 250L << Math.min(n, 16));
    LOG.warnf(
        "reconciling %s/%s failed (attempt %d, again in %d ms): %s",
        key.tenant(), key.deployment(), n, delay, e.getMessage());
    if (running) {
      retries.schedule(() -> trigger(key), delay, TimeUnit.MILLISECONDS);
    }
  }

  /** The stored state a pass works from, read in one short transaction. */
  record Snapshot(
      Deployment deployment,
      List<DeploymentRevision> running,
      int gpuQuota,
      Optional<Rollout> latestRollout,
      double sampling) {}

  void reconcile(DeploymentKey key) {
    Instant now = clock.instant();
    Snapshot snapshot = tenantWork.inTransaction(key.tenant(), () -> load(key, now));
    if (snapshot == null) {
      routing.remove(key);
      return;
    }
    Deployment d = snapshot.deployment();
    RuntimeBackend backend = backends.get(d.backend);
    if (backend == null) {
      throw new BackendException(
          "backend " + d.backend + " is not available in this control plane");
    }
    if (Deployment.DELETING.equals(d.state)) {
      backend.delete(key);
      routing.remove(key);
      tenantWork.run(key.tenant(), () -> markDeleted(d.id));
      return;
    }
    DesiredDeployment desired =
        DesiredStates.of(d, snapshot.running(), snapshot.gpuQuota(), artifactUrls::urlFor);
    String error = null;
    List<RunnerSetStatus> observed = List.of();
    try {
      backend.apply(desired);
      observed = backend.observe(key);
    } catch (BackendException e) {
      error = e.getMessage();
    }
    updateRoutes(key, d, desired, observed, snapshot.sampling());
    var conditions =
        StatusRules.conditions(
            d,
            desired,
            observed,
            snapshot.latestRollout(),
            error,
            settings.progressDeadline(),
            now);
    List<ObservedRunnerSet> sets = observedSets(desired, observed);
    int applied = d.currentRevision;
    tenantWork.run(key.tenant(), () -> writeStatus(d.id, applied, conditions, sets, now));
    if (error != null) {
      throw new BackendException(error);
    }
  }

  /**
   * A follower's pass: the routes the leader's pass would set, from the same desired state and the
   * backend's observation, without applying anything or writing status.
   */
  void route(DeploymentKey key) {
    Snapshot snapshot = tenantWork.inTransaction(key.tenant(), () -> load(key, clock.instant()));
    if (snapshot == null || !Deployment.ACTIVE.equals(snapshot.deployment().state)) {
      routing.remove(key);
      return;
    }
    Deployment d = snapshot.deployment();
    RuntimeBackend backend = backends.get(d.backend);
    if (backend == null) {
      return;
    }
    DesiredDeployment desired =
        DesiredStates.of(d, snapshot.running(), snapshot.gpuQuota(), artifactUrls::urlFor);
    updateRoutes(key, d, desired, backend.observe(key), snapshot.sampling());
  }

  private Snapshot load(DeploymentKey key, Instant now) {
    Optional<Deployment> found = repository.find(key.tenant(), key.deployment());
    if (found.isEmpty()) {
      return null;
    }
    Deployment d = found.get();
    List<Integer> numbers = Traffic.running(d, now);
    List<DeploymentRevision> running =
        numbers.isEmpty() ? List.of() : repository.revisions(d, numbers);
    int quota = tenants.findById(d.tenant).gpuQuota;
    double sampling =
        Deployment.ACTIVE.equals(d.state)
            ? repository.revision(d, d.currentRevision).spec.sampling()
            : 0;
    return new Snapshot(d, running, quota, repository.latestRollout(d), sampling);
  }

  private void updateRoutes(
      DeploymentKey key,
      Deployment d,
      DesiredDeployment desired,
      List<RunnerSetStatus> observed,
      double sampling) {
    Map<String, RunnerSetStatus> byKey = new HashMap<>();
    observed.forEach(s -> byKey.put(s.key(), s));
    List<RoutingTable.RevisionTarget> targets = new ArrayList<>();
    for (RunnerSet set : desired.runnerSets()) {
      RunnerSetStatus status = byKey.get(set.key());
      for (int revision : set.revisions()) {
        int weight = d.weightOf(revision);
        if (weight > 0) {
          targets.add(
              new RoutingTable.RevisionTarget(
                  revision,
                  weight,
                  set.spec().modelName(),
                  set.spec().modelVersion(),
                  status == null ? List.of() : status.replicas()));
        }
      }
    }
    routing.update(key, d.id, sampling, targets);
  }

  private static List<ObservedRunnerSet> observedSets(
      DesiredDeployment desired, List<RunnerSetStatus> observed) {
    Map<String, RunnerSetStatus> byKey = new HashMap<>();
    observed.forEach(s -> byKey.put(s.key(), s));
    List<ObservedRunnerSet> sets = new ArrayList<>();
    for (RunnerSet set : desired.runnerSets()) {
      RunnerSetStatus s = byKey.get(set.key());
      sets.add(
          new ObservedRunnerSet(
              set.key(),
              set.revisions(),
              set.spec().minReplicas(),
              s == null ? 0 : s.readyReplicas(),
              s == null ? "not created yet" : s.message()));
    }
    return sets;
  }

  /**
   * Stores what this pass observed, for the revision it applied: a change committed meanwhile is
   * not reported as observed before a pass has applied it (its trigger queues that pass).
   */
  private void writeStatus(
      long id,
      int applied,
      List<io.modelplane.deployment.persistence.Condition> conditions,
      List<ObservedRunnerSet> sets,
      Instant now) {
    Deployment d = repository.lockById(id);
    boolean expired = Traffic.expireWarm(d, now);
    boolean changed =
        !StatusRules.same(d.conditions, conditions)
            || !d.runnerSets.equals(sets)
            || !Integer.valueOf(applied).equals(d.observedRevision);
    if (changed) {
      d.conditions = new ArrayList<>(conditions);
      d.runnerSets = new ArrayList<>(sets);
      d.observedRevision = applied;
    }
    if (expired) {
      d.warm = new ArrayList<>(d.warm);
    }
  }

  private void markDeleted(long id) {
    Deployment d = repository.lockById(id);
    d.state = Deployment.DELETED;
  }
}
