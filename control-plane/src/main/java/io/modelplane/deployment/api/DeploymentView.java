package io.modelplane.deployment.api;

import io.modelplane.deployment.persistence.Condition;
import io.modelplane.deployment.persistence.Deployment;
import io.modelplane.deployment.persistence.DeploymentRevision;
import io.modelplane.deployment.persistence.ObservedRunnerSet;
import io.modelplane.deployment.persistence.Rollout;
import io.modelplane.deployment.persistence.TrafficShare;
import io.modelplane.deployment.persistence.WarmRevision;
import io.modelplane.deployment.service.DeploymentSpec;
import java.time.Instant;
import java.util.List;

/**
 * A deployment: its current revision's spec and model, how traffic is split, what stays warm, the
 * rollout (latest, if any) and the conditions the reconciler observed.
 */
public record DeploymentView(
    String name,
    String environment,
    String backend,
    String state,
    int currentRevision,
    int stableRevision,
    String model,
    int modelVersion,
    DeploymentSpec spec,
    List<TrafficShare> traffic,
    List<WarmRevision> warm,
    RolloutView rollout,
    List<Condition> conditions,
    Integer observedRevision,
    List<ObservedRunnerSet> runnerSets,
    String createdBy,
    Instant createdAt,
    Instant updatedAt) {

  public static DeploymentView of(Deployment d, DeploymentRevision current, Rollout rollout) {
    return new DeploymentView(
        d.name,
        d.environment,
        d.backend,
        d.state,
        d.currentRevision,
        d.stableRevision,
        current.model,
        current.modelVersion,
        current.spec,
        d.traffic,
        d.warm,
        rollout == null ? null : RolloutView.of(rollout),
        d.conditions,
        d.observedRevision,
        d.runnerSets,
        d.createdBy,
        d.createdAt,
        d.updatedAt);
  }
}
