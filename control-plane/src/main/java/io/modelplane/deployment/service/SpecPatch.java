package io.modelplane.deployment.service;

import java.util.List;
import java.util.Map;

/**
 * The fields a PATCH changes; null keeps the current value. Naming a version drops the alias and
 * naming an alias drops the version.
 */
public record SpecPatch(
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

  public DeploymentSpec applyTo(DeploymentSpec current) {
    Integer newVersion = current.version();
    String newAlias = current.alias();
    if (version != null) {
      newVersion = version;
      newAlias = null;
    }
    if (alias != null) {
      newAlias = alias;
      newVersion = version;
    }
    return new DeploymentSpec(
        model != null ? model : current.model(),
        newVersion,
        newAlias,
        replicas != null ? replicas : current.replicas(),
        resources != null ? resources : current.resources(),
        tolerations != null ? tolerations : current.tolerations(),
        image != null ? image : current.image(),
        env != null ? env : current.env(),
        sampling != null ? sampling : current.sampling(),
        rollout != null ? rollout : current.rollout());
  }
}
