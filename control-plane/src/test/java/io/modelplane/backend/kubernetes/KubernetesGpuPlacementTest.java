package io.modelplane.backend.kubernetes;

import static io.modelplane.backend.kubernetes.TestDeployments.GPU_DEFAULTS;
import static io.modelplane.backend.kubernetes.TestDeployments.cpuSpec;
import static io.modelplane.backend.kubernetes.TestDeployments.desired;
import static io.modelplane.backend.kubernetes.TestDeployments.set;
import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Toleration;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.modelplane.backend.RunnerSet;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The configured GPU placement reaches the cluster: the pod template the API server stores for a
 * GPU runner set (what its pods are created from) carries the defaults, a CPU one does not.
 */
class KubernetesGpuPlacementTest {

  private final MockApiServer api = new MockApiServer();
  private final KubernetesClient client = api.client();
  private final KubernetesBackend backend =
      new KubernetesBackend(client, true, GPU_DEFAULTS, new SimpleMeterRegistry());

  @AfterEach
  void stop() {
    client.close();
    api.close();
  }

  @Test
  void shouldCreateGpuRunnerPodsWithTheDefaultNodeSelectorAndTolerations() {
    // Given a GPU runner set that names no placement of its own
    var gpu = set(GpuPlacementTest.withPlacement(1, null, List.of()), 1);

    // When
    backend.apply(desired("globex", "embedder", 4, gpu));

    // Then
    PodSpec pod = storedPodSpec("embedder", gpu);
    assertThat(pod.getNodeSelector()).containsExactly(entry("nvidia.com/gpu.present", "true"));
    assertThat(pod.getTolerations())
        .containsExactly(new Toleration("NoSchedule", "nvidia.com/gpu", "Exists", null, null));
    assertThat(pod.getContainers().getFirst().getResources().getLimits())
        .containsKey("nvidia.com/gpu");
  }

  @Test
  void shouldCreateCpuRunnerPodsWithoutThem() {
    // Given
    var cpu = set(cpuSpec(1), 1);

    // When
    backend.apply(desired("globex", "ranker", 4, cpu));

    // Then
    PodSpec pod = storedPodSpec("ranker", cpu);
    assertThat(pod.getNodeSelector()).isNullOrEmpty();
    assertThat(pod.getTolerations()).isNullOrEmpty();
  }

  private PodSpec storedPodSpec(String deployment, RunnerSet set) {
    Deployment stored =
        client
            .apps()
            .deployments()
            .inNamespace("mp-globex")
            .withName(deployment + "-" + set.key())
            .get();
    return stored.getSpec().getTemplate().getSpec();
  }
}
