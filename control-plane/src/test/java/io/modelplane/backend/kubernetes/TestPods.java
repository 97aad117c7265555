package io.modelplane.backend.kubernetes;

import io.fabric8.kubernetes.api.model.ContainerStatusBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.PodCondition;
import io.fabric8.kubernetes.api.model.PodConditionBuilder;
import io.modelplane.backend.DesiredDeployment;
import io.modelplane.backend.RunnerSet;

/** Runner pods as the kubelet and scheduler would report them (the mock server runs no pods). */
final class TestPods {

  private TestPods() {}

  static Pod ready(DesiredDeployment desired, RunnerSet set, String name, String ip) {
    return base(desired, set, name)
        .withNewStatus()
        .withPhase("Running")
        .withPodIP(ip)
        .addToConditions(condition("PodScheduled", "True", null, null))
        .addToConditions(condition("Ready", "True", null, null))
        .endStatus()
        .build();
  }

  static Pod crashLooping(DesiredDeployment desired, RunnerSet set, String name, String ip) {
    return base(desired, set, name)
        .withNewStatus()
        .withPhase("Running")
        .withPodIP(ip)
        .addToConditions(condition("PodScheduled", "True", null, null))
        .addToConditions(condition("Ready", "False", "ContainersNotReady", null))
        .addToContainerStatuses(
            new ContainerStatusBuilder()
                .withName(KubernetesNames.CONTAINER)
                .withReady(false)
                .withRestartCount(4)
                .withNewState()
                .withNewWaiting()
                .withReason("CrashLoopBackOff")
                .withMessage("back-off 1m20s restarting failed container")
                .endWaiting()
                .endState()
                .withNewLastState()
                .withNewTerminated()
                .withReason("OOMKilled")
                .withExitCode(137)
                .endTerminated()
                .endLastState()
                .build())
        .endStatus()
        .build();
  }

  static Pod unschedulable(DesiredDeployment desired, RunnerSet set, String name) {
    return base(desired, set, name)
        .withNewStatus()
        .withPhase("Pending")
        .addToConditions(
            condition(
                "PodScheduled",
                "False",
                "Unschedulable",
                "0/3 nodes are available: 3 Insufficient nvidia.com/gpu."))
        .endStatus()
        .build();
  }

  private static PodBuilder base(DesiredDeployment desired, RunnerSet set, String name) {
    return new PodBuilder()
        .withNewMetadata()
        .withName(name)
        .withNamespace(KubernetesNames.namespace(desired.tenant()))
        .withLabels(RunnerLabels.ofPod(desired, set))
        .endMetadata()
        .withNewSpec()
        .addNewContainer()
        .withName(KubernetesNames.CONTAINER)
        .withImage(set.spec().image())
        .endContainer()
        .endSpec();
  }

  private static PodCondition condition(String type, String status, String reason, String message) {
    return new PodConditionBuilder()
        .withType(type)
        .withStatus(status)
        .withReason(reason)
        .withMessage(message)
        .build();
  }
}
