package io.modelplane.deployment.service;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import java.util.Map;

/**
 * What a deployment revision asks for, as stored with the revision (the model version an alias
 * resolved to is stored beside it). Immutable once a revision holds it.
 */
public record DeploymentSpec(
    String model,
    Integer version,
    String alias,
    Replicas replicas,
    Resources resources,
    List<Toleration> tolerations,
    String image,
    Map<String, String> env,
    double sampling,
    RolloutPolicy rollout) {

  public DeploymentSpec {
    tolerations = tolerations == null ? List.of() : List.copyOf(tolerations);
    env = env == null ? Map.of() : Map.copyOf(env);
  }

  /** Replicas always running ({@code min}) and at most ({@code max}, autoscaled between). */
  public record Replicas(int min, int max) {}

  /** Per replica; {@code gpu} may be null for CPU-only. */
  public record Resources(String cpu, String memory, Gpu gpu) {
    @JsonIgnore
    public int gpuCount() {
      return gpu == null ? 0 : gpu.count();
    }
  }

  /** GPUs per replica and the product they must be ({@code nvidia.com/gpu.product}). */
  public record Gpu(int count, String type) {}

  /** A Kubernetes toleration. */
  public record Toleration(String key, String operator, String value, String effect) {}
}
