package io.modelplane.backend;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one runner set runs: one model version with one runtime configuration. Two revisions with
 * equal specs share a runner set, which is what lets a rollback reuse the warm replicas of the
 * revision it returns to.
 *
 * @param modelName the registered model; the runner serves it as {@code /v2/models/{modelName}}
 * @param modelVersion the version number, reported by the runner as {@code model_version}
 * @param engine {@code onnx}, {@code xgboost} or {@code pytorch}
 * @param artifactSha256 hex digest of the artifact; the runner checks it before loading
 * @param modelUri where the runner fetches the artifact (a signed control-plane URL)
 * @param image the runner container image (Kubernetes only)
 * @param minReplicas replicas always running
 * @param maxReplicas at most this many (an autoscaler decides between min and max)
 * @param resources cpu, memory and GPUs per replica
 * @param tolerations Kubernetes tolerations of the pods
 * @param env extra environment of the runner
 */
public record RunnerSpec(
    String modelName,
    int modelVersion,
    String engine,
    String artifactSha256,
    String modelUri,
    String image,
    int minReplicas,
    int maxReplicas,
    Resources resources,
    List<Toleration> tolerations,
    Map<String, String> env) {

  public RunnerSpec {
    tolerations = List.copyOf(tolerations);
    env = Map.copyOf(env);
  }

  /**
   * A short stable name for the runner set: a digest of everything that changes what runs.
   * Lowercase hex, 10 characters, usable in Kubernetes names.
   */
  public String key() {
    String canonical =
        String.join(
            "\n",
            modelName,
            Integer.toString(modelVersion),
            engine,
            artifactSha256,
            modelUri,
            image,
            Integer.toString(minReplicas),
            Integer.toString(maxReplicas),
            resources.toString(),
            tolerations.toString(),
            new TreeMap<>(env).toString());
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest).substring(0, 10);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Per-replica resources.
   *
   * @param cpu Kubernetes quantity such as {@code 2} or {@code 500m}
   * @param memory Kubernetes quantity such as {@code 4Gi}
   * @param gpuCount {@code nvidia.com/gpu} limit; 0 for CPU-only
   * @param gpuType the {@code nvidia.com/gpu.product} node label value, or null for any
   */
  public record Resources(String cpu, String memory, int gpuCount, String gpuType) {}

  /** A Kubernetes toleration. */
  public record Toleration(String key, String operator, String value, String effect) {}
}
