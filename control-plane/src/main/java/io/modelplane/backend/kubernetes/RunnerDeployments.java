package io.modelplane.backend.kubernetes;

import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodSpecBuilder;
import io.fabric8.kubernetes.api.model.Toleration;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.modelplane.backend.DesiredDeployment;
import io.modelplane.backend.RunnerSet;
import io.modelplane.backend.RunnerSpec;
import java.util.List;
import java.util.Map;

/** The Deployment that keeps one runner set's replicas running. */
final class RunnerDeployments {

  static final String GPU_PRODUCT_LABEL = "nvidia.com/gpu.product";

  private RunnerDeployments() {}

  static Deployment of(DesiredDeployment desired, RunnerSet set, GpuPlacement gpu) {
    RunnerSpec spec = set.spec();
    return new DeploymentBuilder()
        .withNewMetadata()
        .withName(KubernetesNames.runnerSet(desired.deployment(), set.key()))
        .withNamespace(KubernetesNames.namespace(desired.tenant()))
        .withLabels(RunnerLabels.ofRunnerSet(desired, set))
        .withAnnotations(Map.of(RunnerLabels.DEPLOYMENT_UID, desired.uid()))
        .endMetadata()
        .withNewSpec()
        .withReplicas(spec.minReplicas())
        .withRevisionHistoryLimit(2)
        .withNewSelector()
        .withMatchLabels(RunnerLabels.selector(desired, set))
        .endSelector()
        // a new replica must be ready before an old one goes: capacity never drops during a roll
        .withNewStrategy()
        .withType("RollingUpdate")
        .withNewRollingUpdate()
        .withMaxSurge(new IntOrString(1))
        .withMaxUnavailable(new IntOrString(0))
        .endRollingUpdate()
        .endStrategy()
        .withNewTemplate()
        .withNewMetadata()
        .withLabels(RunnerLabels.ofPod(desired, set))
        .endMetadata()
        .withSpec(podSpec(spec, gpu))
        .endTemplate()
        .endSpec()
        .build();
  }

  /**
   * No service-account token (the runner never calls the API server) and no service links (a
   * tenant's namespace holds many Services; their variables would only crowd the environment).
   */
  private static PodSpec podSpec(RunnerSpec spec, GpuPlacement gpu) {
    var pod =
        new PodSpecBuilder()
            .withContainers(RunnerContainer.of(spec))
            .withAutomountServiceAccountToken(false)
            .withEnableServiceLinks(false)
            .withTolerations(tolerations(gpu.tolerationsOf(spec)));
    Map<String, String> nodeSelector = gpu.nodeSelectorOf(spec);
    if (!nodeSelector.isEmpty()) {
      pod.withNodeSelector(nodeSelector);
    }
    return pod.build();
  }

  private static List<Toleration> tolerations(List<RunnerSpec.Toleration> tolerations) {
    return tolerations.stream()
        .map(t -> new Toleration(t.effect(), t.key(), t.operator(), null, t.value()))
        .toList();
  }
}
