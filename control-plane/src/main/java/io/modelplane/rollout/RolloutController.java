package io.modelplane.rollout;

import io.modelplane.backend.DeploymentKey;
import io.modelplane.deployment.persistence.Deployment;
import io.modelplane.deployment.persistence.DeploymentRepository;
import io.modelplane.deployment.persistence.Rollout;
import io.modelplane.deployment.service.Rollouts;
import io.modelplane.gateway.RevisionStats;
import io.modelplane.gateway.RoutingTable;
import io.modelplane.leader.LeaderOnly;
import io.modelplane.persistence.TenantWork;
import io.modelplane.reconcile.Reconciler;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * Drives canary rollouts on the leader: every tick it judges each rollout's current step from the
 * gateways' measurements (the leader's own and the other replicas' stored minutes, {@link
 * StepMeasurements}) and promotes to the next step, completes, or aborts and moves all traffic back
 * to the stable revision. The step and its start are stored, so after a restart the rollout goes on
 * from the same step (measuring afresh).
 */
@ApplicationScoped
public class RolloutController {

  private static final Logger LOG = Logger.getLogger(RolloutController.class);

  @Inject DeploymentRepository repository;
  @Inject Rollouts rollouts;
  @Inject RevisionStats stats;
  @Inject StepMeasurements measured;
  @Inject RoutingTable routing;
  @Inject TenantWork tenantWork;
  @Inject Reconciler reconciler;
  @Inject Clock clock;

  /** Which rollout step each deployment's measurement windows belong to. */
  private final Map<DeploymentKey, String> windows = new ConcurrentHashMap<>();

  @Scheduled(
      every = "${modelplane.rollout.tick:1s}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  @LeaderOnly
  void tick() {
    for (DeploymentKey key : tenantWork.inTransaction("", repository::keysWithRollouts)) {
      try {
        if (tenantWork.inTransaction(key.tenant(), () -> evaluate(key))) {
          reconciler.trigger(key);
        }
      } catch (RuntimeException e) {
        LOG.warnf(
            "evaluating the rollout of %s/%s failed: %s",
            key.tenant(), key.deployment(), e.getMessage());
      }
    }
  }

  private boolean canaryReady(DeploymentKey key, int canary) {
    return routing.route(key).stream()
        .flatMap(route -> route.revisions().stream())
        .anyMatch(revision -> revision.revision() == canary && revision.hasReadyReplica());
  }

  /** Judges the deployment's rollout; true when traffic moved. */
  boolean evaluate(DeploymentKey key) {
    Deployment d = repository.lock(key.tenant(), key.deployment());
    Optional<Rollout> active = rollouts.activeOf(d);
    if (active.isEmpty()) {
      return false;
    }
    Rollout r = active.get();
    String window = r.id + ":" + r.step;
    if (!window.equals(windows.get(key))) {
      stats.reset(key, r.canaryRevision);
      stats.reset(key, r.stableRevision);
      windows.put(key, window);
      return false;
    }
    Instant now = clock.instant();
    GateVerdict verdict =
        CanaryGates.evaluate(
            r,
            canaryReady(key, r.canaryRevision),
            measured.snapshot(key, d.id, r.canaryRevision, r.stepStartedAt),
            measured.snapshot(key, d.id, r.stableRevision, r.stepStartedAt),
            now);
    switch (verdict.decision()) {
      case PASS -> {
        rollouts.advance(d, r, verdict.result(), now);
        LOG.infof(
            "%s/%s: canary step %d passed",
            key.tenant(), key.deployment(), verdict.result().step());
        return true;
      }
      case FAIL -> {
        rollouts.rollBack(d, r, verdict.result(), now);
        LOG.warnf(
            "%s/%s: canary aborted: %s", key.tenant(), key.deployment(), verdict.result().detail());
        return true;
      }
      default -> {
        rollouts.observe(r, verdict.result());
        return false;
      }
    }
  }
}
