package io.modelplane.backend.kubernetes;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.modelplane.backend.DeploymentKey;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The objects of one deployment as the cluster holds them, found by label with one list call per
 * kind: what the backend compares the desired state with, and what it removes.
 */
record DeploymentObjects(
    Map<String, Deployment> deployments,
    Map<String, Service> services,
    Map<String, PodDisruptionBudget> budgets,
    Map<String, HorizontalPodAutoscaler> autoscalers) {

  static DeploymentObjects list(KubernetesClient client, DeploymentKey key) {
    return new DeploymentObjects(
        list(client, key, Deployment.class),
        list(client, key, Service.class),
        list(client, key, PodDisruptionBudget.class),
        list(client, key, HorizontalPodAutoscaler.class));
  }

  /** Dependents before their owner, so nothing is left ownerless if a removal is interrupted. */
  Stream<HasMetadata> all() {
    return Stream.of(autoscalers, budgets, services, deployments)
        .flatMap(objects -> objects.values().stream());
  }

  private static <T extends HasMetadata> Map<String, T> list(
      KubernetesClient client, DeploymentKey key, Class<T> kind) {
    List<T> items =
        client
            .resources(kind)
            .inNamespace(KubernetesNames.namespace(key.tenant()))
            .withLabels(RunnerLabels.ofDeployment(key))
            .list()
            .getItems();
    return items.stream()
        .collect(Collectors.toMap(item -> item.getMetadata().getName(), Function.identity()));
  }
}
