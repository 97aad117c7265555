package io.modelplane.deployment.api;

import io.modelplane.deployment.persistence.GateResult;
import io.modelplane.deployment.persistence.Rollout;
import io.modelplane.deployment.service.RolloutPolicy;
import java.time.Instant;
import java.util.List;

/** A canary rollout: where it is, what the gates measured, how it ended. */
public record RolloutView(
    String state,
    int canaryRevision,
    int stableRevision,
    int step,
    int canaryWeight,
    List<RolloutPolicy.Step> steps,
    RolloutPolicy.Gates gates,
    Instant stepStartedAt,
    List<GateResult> gateResults,
    String outcomeReason,
    Instant startedAt,
    Instant finishedAt) {

  public static RolloutView of(Rollout r) {
    return new RolloutView(
        r.state,
        r.canaryRevision,
        r.stableRevision,
        r.step + 1,
        r.currentStep().weight(),
        r.steps,
        r.gates,
        r.stepStartedAt,
        r.gateResults,
        r.outcomeReason,
        r.startedAt,
        r.finishedAt);
  }
}
