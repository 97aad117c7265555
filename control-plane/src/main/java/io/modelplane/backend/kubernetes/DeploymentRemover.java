package io.modelplane.backend.kubernetes;

import io.fabric8.kubernetes.api.model.DeletionPropagation;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.modelplane.backend.DeploymentKey;
import java.util.List;

/**
 * Removes everything of one deployment by label, kind by kind. The owner references would let the
 * garbage collector remove the companions with their Deployments, but deleting them explicitly also
 * cleans up after an apply that stopped between a Deployment and its companions. The tenant's
 * namespace and quota stay: other deployments live there.
 */
final class DeploymentRemover {

  /** Dependents before their owners. */
  private static final List<Class<? extends HasMetadata>> KINDS =
      List.of(
          HorizontalPodAutoscaler.class,
          PodDisruptionBudget.class,
          Service.class,
          Deployment.class);

  private DeploymentRemover() {}

  static void remove(KubernetesClient client, DeploymentKey key) {
    for (var kind : KINDS) {
      client
          .resources(kind)
          .inNamespace(KubernetesNames.namespace(key.tenant()))
          .withLabels(RunnerLabels.ofDeployment(key))
          .withPropagationPolicy(DeletionPropagation.BACKGROUND)
          .delete();
    }
  }
}
