package io.modelplane.rollout;

import io.modelplane.deployment.persistence.GateResult;
import io.modelplane.deployment.persistence.Rollout;
import io.modelplane.deployment.service.RolloutPolicy;
import io.modelplane.gateway.RevisionStats.Snapshot;
import io.modelplane.monitoring.rules.Condition.ErrorRateAbove;
import io.modelplane.monitoring.rules.Condition.LatencyAboveReference;
import io.modelplane.monitoring.rules.Evaluation;
import io.modelplane.monitoring.rules.Evaluator;
import io.modelplane.monitoring.rules.Observation;
import java.time.Duration;
import java.time.Instant;

/**
 * Judges one canary step from what the gateway measured during it, with the monitors' {@link
 * Evaluator} (an error-rate and a relative-latency condition). Pure.
 *
 * <ul>
 *   <li>The error-rate gate fails as soon as the step has its minimum requests and the canary's
 *       error rate is above the limit: a bad canary is not left serving for the rest of the step.
 *   <li>Otherwise the step waits until both its minimum duration and minimum canary requests are
 *       reached; then the canary's p99 must be at most {@code maxP99Ratio} times the stable
 *       revision's (taken as at least 1 ms, so sub-millisecond noise does not fail a step). Without
 *       stable traffic in the step, only the error rate counts.
 *   <li>A canary without a ready replica gets no traffic, so it could wait forever: once the step
 *       is older than {@code readyTimeout} without one, the rollout fails. A canary that already
 *       failed enough requests to judge is failed on its error rate even when it has no ready
 *       replica at the moment (its failures open its replicas' breakers, which takes it out of
 *       routing).
 * </ul>
 */
public final class CanaryGates {

  static final double LATENCY_FLOOR_MS = 1.0;

  private CanaryGates() {}

  public static GateVerdict evaluate(
      Rollout rollout, boolean canaryReady, Snapshot canary, Snapshot stable, Instant now) {
    RolloutPolicy.Step step = rollout.currentStep();
    RolloutPolicy.Gates gates = rollout.gates;
    boolean enoughRequests = canary.requests() >= Math.max(1, step.minRequests());
    boolean longEnough = !now.isBefore(rollout.stepStartedAt.plus(step.duration()));
    Observation observed = new Observation(canary.latency(), stable.latency(), null);
    Evaluation errors =
        Evaluator.evaluate(
            new ErrorRateAbove(gates.maxErrorRate(), Math.max(1, step.minRequests())), observed);
    Evaluation latency =
        Evaluator.evaluate(
            new LatencyAboveReference(0.99, gates.maxP99Ratio(), LATENCY_FLOOR_MS), observed);
    if (!canaryReady && !(enoughRequests && errors.breached())) {
      Duration deadline = gates.readyDeadline();
      boolean late = !now.isBefore(rollout.stepStartedAt.plus(deadline));
      String detail =
          late
              ? "canary revision %d has no ready replica after %ss"
                  .formatted(rollout.canaryRevision, deadline.toSeconds())
              : "waiting for a ready replica of canary revision " + rollout.canaryRevision;
      return verdict(
          rollout,
          late ? GateVerdict.Decision.FAIL : GateVerdict.Decision.WAIT,
          canary,
          stable,
          now,
          detail);
    }
    double allowedP99 = gates.maxP99Ratio() * Math.max(stable.p99Millis(), LATENCY_FLOOR_MS);
    boolean errorsOk = !errors.breached();
    boolean latencyOk = !latency.breached();
    String detail =
        "canary error rate %.4f (max %.4f), p99 %.2f ms (max %.2f ms = %.2f × stable %.2f ms)"
            .formatted(
                canary.errorRate(),
                gates.maxErrorRate(),
                canary.p99Millis(),
                allowedP99,
                gates.maxP99Ratio(),
                stable.p99Millis());
    GateVerdict.Decision decision;
    if (enoughRequests && !errorsOk) {
      decision = GateVerdict.Decision.FAIL;
      detail = "error rate too high: " + detail;
    } else if (!enoughRequests || !longEnough) {
      decision = GateVerdict.Decision.WAIT;
      detail =
          "waiting (%d of %d requests, %s of %s): %s"
              .formatted(
                  canary.requests(),
                  step.minRequests(),
                  Duration.between(rollout.stepStartedAt, now).toSeconds() + "s",
                  step.duration().toSeconds() + "s",
                  detail);
    } else if (!latencyOk) {
      decision = GateVerdict.Decision.FAIL;
      detail = "p99 latency too high: " + detail;
    } else {
      decision = GateVerdict.Decision.PASS;
    }
    return verdict(rollout, decision, canary, stable, now, detail);
  }

  private static GateVerdict verdict(
      Rollout rollout,
      GateVerdict.Decision decision,
      Snapshot canary,
      Snapshot stable,
      Instant now,
      String detail) {
    GateResult result =
        new GateResult(
            rollout.step + 1,
            rollout.currentStep().weight(),
            now,
            canary.requests(),
            canary.errorRate(),
            canary.p99Millis(),
            stable.requests(),
            stable.p99Millis(),
            decision == GateVerdict.Decision.PASS,
            detail);
    return new GateVerdict(decision, result);
  }
}
