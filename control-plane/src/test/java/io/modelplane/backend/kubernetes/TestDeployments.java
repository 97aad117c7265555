package io.modelplane.backend.kubernetes;

import io.modelplane.backend.DesiredDeployment;
import io.modelplane.backend.RunnerSet;
import io.modelplane.backend.RunnerSpec;
import java.util.List;
import java.util.Map;

/** Desired states the Kubernetes backend tests and benchmark build on. */
final class TestDeployments {

  static final String IMAGE = "ghcr.io/modelplane/runner:0.1.0";

  /** The GPU placement defaults {@code application.properties} ships. */
  static final GpuPlacement GPU_DEFAULTS =
      new GpuPlacement(
          Map.of("nvidia.com/gpu.present", "true"),
          List.of(new RunnerSpec.Toleration("nvidia.com/gpu", "Exists", null, "NoSchedule")));

  private TestDeployments() {}

  /** Two CPU replicas of an ONNX model, no autoscaler. */
  static RunnerSpec cpuSpec(int modelVersion) {
    return new RunnerSpec(
        "sentiment",
        modelVersion,
        "onnx",
        "ab".repeat(32),
        "https://control-plane.example/api/v1/tenants/acme/models/sentiment/versions/"
            + modelVersion
            + "/artifact?sig=abc",
        IMAGE,
        2,
        2,
        new RunnerSpec.Resources("1", "2Gi", 0, null),
        List.of(),
        Map.of("RUNNER_BATCH_MAX", "16", "LOG_LEVEL", "info"));
  }

  /** One to four GPU replicas pinned to A100 nodes, tolerating their taint. */
  static RunnerSpec gpuSpec() {
    return new RunnerSpec(
        "llm-embed",
        7,
        "pytorch",
        "cd".repeat(32),
        "https://control-plane.example/api/v1/tenants/globex/models/llm-embed/versions/7/artifact",
        IMAGE,
        1,
        4,
        new RunnerSpec.Resources("4", "16Gi", 1, "NVIDIA-A100-SXM4-80GB"),
        List.of(
            new RunnerSpec.Toleration("nvidia.com/gpu", "Exists", null, "NoSchedule"),
            new RunnerSpec.Toleration("dedicated", "Equal", "ml", "NoExecute")),
        Map.of());
  }

  static RunnerSet set(RunnerSpec spec, Integer... revisions) {
    return new RunnerSet(spec.key(), List.of(revisions), spec);
  }

  static DesiredDeployment desired(
      String tenant, String deployment, int gpuQuota, RunnerSet... runnerSets) {
    return new DesiredDeployment(
        tenant,
        deployment,
        "uid-" + tenant + "-" + deployment,
        "prod",
        gpuQuota,
        List.of(runnerSets));
  }
}
