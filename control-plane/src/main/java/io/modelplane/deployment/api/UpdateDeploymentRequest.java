package io.modelplane.deployment.api;

import io.modelplane.deployment.service.DeploymentSpec;
import io.modelplane.deployment.service.RolloutPolicy;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;

/**
 * {@code PATCH …/deployments/{d}}: what changes (absent fields keep their value) and why. Naming a
 * {@code version} drops the alias and the other way round. Every accepted change is a new revision.
 */
public record UpdateDeploymentRequest(
    String model,
    Integer version,
    String alias,
    DeploymentSpec.Replicas replicas,
    DeploymentSpec.Resources resources,
    List<DeploymentSpec.Toleration> tolerations,
    String image,
    Map<String, String> env,
    Double sampling,
    RolloutPolicy rollout,
    @NotBlank @Size(max = 1000) String reason) {}
