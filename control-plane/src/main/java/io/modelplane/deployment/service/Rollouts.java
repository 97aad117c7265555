package io.modelplane.deployment.service;

import io.modelplane.deployment.persistence.Deployment;
import io.modelplane.deployment.persistence.DeploymentRepository;
import io.modelplane.deployment.persistence.GateResult;
import io.modelplane.deployment.persistence.Rollout;
import io.modelplane.kernel.error.ConflictException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Optional;

/**
 * The rollout state machine: progressing → succeeded (all traffic to the canary, which becomes
 * stable) or aborted (all traffic back to the stable revision). Callers hold the deployment's row
 * lock; every transition moves traffic in the same transaction.
 */
@ApplicationScoped
public class Rollouts {

  @Inject DeploymentRepository repository;
  @Inject DeploymentSettings settings;

  /** Starts a canary of {@code canary} against the deployment's stable revision. */
  public Rollout start(Deployment d, int canary, RolloutPolicy policy, Instant now) {
    Rollout r = new Rollout();
    r.tenant = d.tenant;
    r.deploymentId = d.id;
    r.canaryRevision = canary;
    r.stableRevision = d.stableRevision;
    r.steps = policy.steps();
    r.gates = policy.gates() == null ? RolloutPolicy.Gates.defaults() : policy.gates();
    r.step = 0;
    r.stepStartedAt = now;
    r.startedAt = now;
    r.state = Rollout.PROGRESSING;
    repository.persist(r);
    Traffic.split(
        d, d.stableRevision, canary, r.currentStep().weight(), now, settings.warmPeriod());
    return r;
  }

  /**
   * Aborts a rollout in progress because something newer replaces it; traffic is left to the
   * caller.
   */
  public void supersede(Deployment d, String reason, Instant now) {
    repository.activeRollout(d).ifPresent(r -> finish(r, Rollout.ABORTED, reason, now));
  }

  public Rollout promote(Deployment d, String reason, Instant now) {
    Rollout r = active(d);
    succeed(d, r, reason, now);
    return r;
  }

  public Rollout abort(Deployment d, String reason, Instant now) {
    Rollout r = active(d);
    fail(d, r, reason, now);
    return r;
  }

  /** The gates passed for the current step: the next step, or success after the last. */
  public void advance(Deployment d, Rollout r, GateResult result, Instant now) {
    record(r, result);
    if (r.step + 1 >= r.steps.size()) {
      succeed(d, r, "all steps passed their gates", now);
      return;
    }
    r.step++;
    r.stepStartedAt = now;
    Traffic.split(
        d,
        r.stableRevision,
        r.canaryRevision,
        r.currentStep().weight(),
        now,
        settings.warmPeriod());
  }

  /** A gate failed: back to the stable revision. */
  public void rollBack(Deployment d, Rollout r, GateResult result, Instant now) {
    record(r, result);
    fail(d, r, "gate failed at step " + (r.step + 1) + ": " + result.detail(), now);
  }

  /** Keeps an evaluation that decided nothing yet (the latest one per step). */
  public void observe(Rollout r, GateResult result) {
    record(r, result);
  }

  public Optional<Rollout> activeOf(Deployment d) {
    return repository.activeRollout(d);
  }

  private void succeed(Deployment d, Rollout r, String reason, Instant now) {
    finish(r, Rollout.SUCCEEDED, reason, now);
    d.stableRevision = r.canaryRevision;
    Traffic.all(d, r.canaryRevision, now, settings.warmPeriod());
    d.updatedAt = now;
  }

  private void fail(Deployment d, Rollout r, String reason, Instant now) {
    finish(r, Rollout.ABORTED, reason, now);
    Traffic.all(d, r.stableRevision, now, settings.warmPeriod());
    d.updatedAt = now;
  }

  private Rollout active(Deployment d) {
    return repository
        .activeRollout(d)
        .orElseThrow(
            () -> new ConflictException("deployment " + d.name + " has no rollout in progress"));
  }

  private static void finish(Rollout r, String state, String reason, Instant now) {
    r.state = state;
    r.outcomeReason = reason;
    r.finishedAt = now;
  }

  private static void record(Rollout r, GateResult result) {
    var results = new ArrayList<>(r.gateResults);
    if (!results.isEmpty()
        && results.getLast().step() == result.step()
        && !results.getLast().passed()) {
      results.removeLast();
    }
    results.add(result);
    r.gateResults = results;
  }
}
