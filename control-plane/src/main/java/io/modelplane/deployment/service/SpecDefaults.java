package io.modelplane.deployment.service;

import java.util.List;
import java.util.Map;

/** Fills what a new deployment's spec leaves out with the configured defaults. */
public final class SpecDefaults {

  private SpecDefaults() {}

  public static DeploymentSpec complete(
      DeploymentSettings settings,
      String model,
      Integer version,
      String alias,
      DeploymentSpec.Replicas replicas,
      DeploymentSpec.Resources resources,
      List<DeploymentSpec.Toleration> tolerations,
      String image,
      Map<String, String> env,
      Double sampling,
      RolloutPolicy rollout) {
    DeploymentSpec.Resources r =
        resources == null
            ? new DeploymentSpec.Resources(settings.defaultCpu(), settings.defaultMemory(), null)
            : new DeploymentSpec.Resources(
                resources.cpu() == null ? settings.defaultCpu() : resources.cpu(),
                resources.memory() == null ? settings.defaultMemory() : resources.memory(),
                resources.gpu());
    RolloutPolicy policy = rollout == null ? RolloutPolicy.direct() : withGates(rollout);
    return new DeploymentSpec(
        model,
        version,
        alias,
        replicas == null ? new DeploymentSpec.Replicas(1, 1) : replicas,
        r,
        tolerations,
        image == null ? settings.runnerImage() : image,
        env,
        sampling == null ? 0.0 : sampling,
        policy);
  }

  /** A canary without gates gets the default ones; a policy without a strategy is direct. */
  public static RolloutPolicy withGates(RolloutPolicy policy) {
    String strategy = policy.strategy() == null ? RolloutPolicy.DIRECT : policy.strategy();
    RolloutPolicy.Gates gates =
        policy.gates() == null && RolloutPolicy.CANARY.equals(strategy)
            ? RolloutPolicy.Gates.defaults()
            : policy.gates();
    return new RolloutPolicy(strategy, policy.steps(), gates);
  }
}
