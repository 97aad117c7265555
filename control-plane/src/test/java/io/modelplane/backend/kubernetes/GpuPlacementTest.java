package io.modelplane.backend.kubernetes;

import static io.modelplane.backend.kubernetes.TestDeployments.GPU_DEFAULTS;
import static io.modelplane.backend.kubernetes.TestDeployments.cpuSpec;
import static io.modelplane.backend.kubernetes.TestDeployments.desired;
import static io.modelplane.backend.kubernetes.TestDeployments.set;
import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Toleration;
import io.modelplane.backend.RunnerSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The desired runner Deployment's placement: GPU defaults for GPU pods only, overridable by key.
 */
class GpuPlacementTest {

  private static final Toleration GPU_TAINT =
      new Toleration("NoSchedule", "nvidia.com/gpu", "Exists", null, null);

  @Test
  void shouldSendGpuRunnersToGpuNodesThroughTheirTaint() {
    // Given a GPU runner that names neither a GPU type nor tolerations
    var spec = withPlacement(1, null, List.of());

    // When
    PodSpec pod = podOf(spec);

    // Then
    assertThat(pod.getNodeSelector()).containsExactly(entry("nvidia.com/gpu.present", "true"));
    assertThat(pod.getTolerations()).containsExactly(GPU_TAINT);
  }

  @Test
  void shouldKeepCpuRunnersOffGpuNodes() {
    // When
    PodSpec pod = podOf(cpuSpec(1));

    // Then
    assertThat(pod.getNodeSelector()).isNullOrEmpty();
    assertThat(pod.getTolerations()).isEmpty();
  }

  @Test
  void shouldLetTheDeploymentOverrideTheDefaultsKeyByKey() {
    // Given a GPU runner with a GPU type, its own GPU toleration and one for another taint
    var ownGpu = new RunnerSpec.Toleration("nvidia.com/gpu", "Equal", "present", "NoExecute");
    var dedicated = new RunnerSpec.Toleration("dedicated", "Equal", "ml", "NoSchedule");
    var spec = withPlacement(2, "NVIDIA-H100-80GB-HBM3", List.of(ownGpu, dedicated));

    // When
    PodSpec pod = podOf(spec);

    // Then the defaults fill in only what the deployment left open
    assertThat(pod.getNodeSelector())
        .containsExactly(
            entry("nvidia.com/gpu.present", "true"),
            entry("nvidia.com/gpu.product", "NVIDIA-H100-80GB-HBM3"));
    assertThat(pod.getTolerations())
        .containsExactly(
            new Toleration("NoExecute", "nvidia.com/gpu", "Equal", null, "present"),
            new Toleration("NoSchedule", "dedicated", "Equal", null, "ml"));
  }

  @Test
  void shouldPlaceGpuRunnersByTheirOwnSettingsWhenNoDefaultsAreConfigured() {
    // Given
    var spec = withPlacement(1, "NVIDIA-A100-SXM4-80GB", List.of());

    // When
    var set = set(spec, 1);
    PodSpec pod =
        RunnerDeployments.of(desired("acme", "llm", 4, set), set, GpuPlacement.NONE)
            .getSpec()
            .getTemplate()
            .getSpec();

    // Then
    assertThat(pod.getNodeSelector())
        .containsExactly(entry("nvidia.com/gpu.product", "NVIDIA-A100-SXM4-80GB"));
    assertThat(pod.getTolerations()).isEmpty();
  }

  private static PodSpec podOf(RunnerSpec spec) {
    var set = set(spec, 1);
    return RunnerDeployments.of(desired("acme", "llm", 4, set), set, GPU_DEFAULTS)
        .getSpec()
        .getTemplate()
        .getSpec();
  }

  static RunnerSpec withPlacement(
      int gpus, String gpuType, List<RunnerSpec.Toleration> tolerations) {
    RunnerSpec base = cpuSpec(1);
    return new RunnerSpec(
        base.modelName(),
        base.modelVersion(),
        base.engine(),
        base.artifactSha256(),
        base.modelUri(),
        base.image(),
        1,
        1,
        new RunnerSpec.Resources("4", "16Gi", gpus, gpuType),
        tolerations,
        base.env());
  }
}
