package io.modelplane.backend.kubernetes;

import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.OwnerReferenceBuilder;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscalerBuilder;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudgetBuilder;
import io.modelplane.backend.DesiredDeployment;
import io.modelplane.backend.RunnerSet;
import java.util.Optional;

/**
 * The objects that accompany a runner set's Deployment: its Service, disruption budget and
 * autoscaler. Each names the Deployment as its controller owner, so the cluster's garbage collector
 * removes them with it even if the control plane never gets to.
 */
final class RunnerCompanions {

  /** Average CPU utilisation the autoscaler aims for. */
  static final int TARGET_CPU_UTILISATION = 70;

  private RunnerCompanions() {}

  /** A stable in-cluster address of the runner set (the gateway may also reach pods directly). */
  static Service service(DesiredDeployment desired, RunnerSet set, String deploymentUid) {
    return new ServiceBuilder()
        .withMetadata(metadata(desired, set, deploymentUid))
        .withNewSpec()
        .withType("ClusterIP")
        .withSelector(RunnerLabels.selector(desired, set))
        .addNewPort()
        .withName(KubernetesNames.PORT_NAME)
        .withProtocol("TCP")
        .withPort(KubernetesNames.RUNNER_PORT)
        .withTargetPort(new IntOrString(KubernetesNames.PORT_NAME))
        .endPort()
        .endSpec()
        .build();
  }

  /**
   * At most one replica away at a time for voluntary disruptions (node drains, upgrades). Not
   * {@code minAvailable}: with one replica it would block every drain, and with an autoscaled set
   * it would let a drain take all replicas but one. Unhealthy replicas may always be evicted, so a
   * crash loop does not block a drain either.
   */
  static PodDisruptionBudget disruptionBudget(
      DesiredDeployment desired, RunnerSet set, String deploymentUid) {
    return new PodDisruptionBudgetBuilder()
        .withMetadata(metadata(desired, set, deploymentUid))
        .withNewSpec()
        .withMaxUnavailable(new IntOrString(1))
        .withNewSelector()
        .withMatchLabels(RunnerLabels.selector(desired, set))
        .endSelector()
        .withUnhealthyPodEvictionPolicy("AlwaysAllow")
        .endSpec()
        .build();
  }

  /** Scales between min and max replicas on CPU; none when they are equal. */
  static Optional<HorizontalPodAutoscaler> autoscaler(
      DesiredDeployment desired, RunnerSet set, String deploymentUid) {
    var spec = set.spec();
    if (spec.minReplicas() >= spec.maxReplicas()) {
      return Optional.empty();
    }
    return Optional.of(
        new HorizontalPodAutoscalerBuilder()
            .withMetadata(metadata(desired, set, deploymentUid))
            .withNewSpec()
            .withNewScaleTargetRef(
                "apps/v1", "Deployment", KubernetesNames.runnerSet(desired.deployment(), set.key()))
            .withMinReplicas(spec.minReplicas())
            .withMaxReplicas(spec.maxReplicas())
            .addNewMetric()
            .withType("Resource")
            .withNewResource()
            .withName("cpu")
            .withNewTarget()
            .withType("Utilization")
            .withAverageUtilization(TARGET_CPU_UTILISATION)
            .endTarget()
            .endResource()
            .endMetric()
            .endSpec()
            .build());
  }

  /**
   * No {@code blockOwnerDeletion}: setting it needs permission on the owner's finalizers, and the
   * garbage collector removes these objects without it.
   */
  private static ObjectMeta metadata(
      DesiredDeployment desired, RunnerSet set, String deploymentUid) {
    String name = KubernetesNames.runnerSet(desired.deployment(), set.key());
    return new ObjectMetaBuilder()
        .withName(name)
        .withNamespace(KubernetesNames.namespace(desired.tenant()))
        .withLabels(RunnerLabels.ofRunnerSet(desired, set))
        .addToOwnerReferences(
            new OwnerReferenceBuilder()
                .withApiVersion("apps/v1")
                .withKind("Deployment")
                .withName(name)
                .withUid(deploymentUid)
                .withController(true)
                .build())
        .build();
  }
}
