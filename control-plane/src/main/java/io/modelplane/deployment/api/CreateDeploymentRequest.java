package io.modelplane.deployment.api;

import io.modelplane.deployment.service.DeploymentSpec;
import io.modelplane.deployment.service.RolloutPolicy;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;

/**
 * {@code POST …/deployments}: a new deployment and its first revision. Either {@code version} or
 * {@code alias} names what it serves; the rest has defaults (one replica, the local backend, the
 * default runner image, direct rollout, no payload sampling).
 */
public record CreateDeploymentRequest(
    @NotNull String name,
    @NotNull String environment,
    String backend,
    @NotNull String model,
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
