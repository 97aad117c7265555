package io.modelplane.backend.kubernetes;

import static io.modelplane.backend.kubernetes.TestDeployments.cpuSpec;
import static io.modelplane.backend.kubernetes.TestDeployments.desired;
import static io.modelplane.backend.kubernetes.TestDeployments.gpuSpec;
import static io.modelplane.backend.kubernetes.TestDeployments.set;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.OwnerReference;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.modelplane.backend.DeploymentKey;
import io.modelplane.backend.DesiredDeployment;
import io.modelplane.backend.RunnerSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Applying, re-applying, replacing and deleting deployments against the CRUD mock API server. */
class KubernetesBackendTest {

  private final MockApiServer api = new MockApiServer();
  private final KubernetesClient client = api.client();
  private final KubernetesBackend backend = new KubernetesBackend(client, true);

  @AfterEach
  void stop() {
    client.close();
    api.close();
  }

  @Test
  void shouldCreateTheTenantNamespaceAndGpuQuota() {
    // When
    backend.apply(desired("acme", "sentiment", 4, set(cpuSpec(3), 1)));

    // Then
    assertThat(client.namespaces().withName("mp-acme").get().getMetadata().getLabels())
        .containsEntry(RunnerLabels.TENANT, "acme");
    var quota = client.resourceQuotas().inNamespace("mp-acme").withName("gpu-quota").get();
    assertThat(quota.getSpec().getHard())
        .containsEntry("requests.nvidia.com/gpu", new Quantity("4"));
  }

  @Test
  void shouldCreateTheRunnerSetsObjectsOwnedByItsDeployment() {
    // Given
    var set = set(cpuSpec(3), 5, 4);

    // When
    backend.apply(desired("acme", "sentiment", 0, set));

    // Then
    String name = "sentiment-" + set.key();
    Deployment deployment = get(Deployment.class, name);
    assertThat(deployment.getMetadata().getLabels())
        .containsEntry(RunnerLabels.REVISION, "5")
        .containsEntry(RunnerLabels.RUNNER_SET, set.key())
        .containsEntry(RunnerLabels.ENVIRONMENT, "prod");
    var container = deployment.getSpec().getTemplate().getSpec().getContainers().getFirst();
    assertThat(container.getReadinessProbe().getHttpGet().getPath()).isEqualTo("/v2/health/ready");
    assertThat(container.getLivenessProbe().getHttpGet().getPath()).isEqualTo("/v2/health/live");
    assertThat(deployment.getSpec().getReplicas()).isEqualTo(2);
    for (var companion : List.of(Service.class, PodDisruptionBudget.class)) {
      assertThat(get(companion, name).getMetadata().getOwnerReferences())
          .extracting(OwnerReference::getKind, OwnerReference::getName, OwnerReference::getUid)
          .containsExactly(tuple("Deployment", name, deployment.getMetadata().getUid()));
    }
    assertThat(get(HorizontalPodAutoscaler.class, name))
        .as("no autoscaler when min = max")
        .isNull();
  }

  @Test
  void shouldCreateAnAutoscalerWhenMinIsBelowMax() {
    // Given
    var set = set(gpuSpec(), 2);

    // When
    backend.apply(desired("globex", "embedder", 8, set));

    // Then
    var hpa = get("mp-globex", HorizontalPodAutoscaler.class, "embedder-" + set.key());
    assertThat(hpa.getSpec().getMinReplicas()).isEqualTo(1);
    assertThat(hpa.getSpec().getMaxReplicas()).isEqualTo(4);
    assertThat(hpa.getMetadata().getOwnerReferences()).hasSize(1);
  }

  @Test
  void shouldWriteNothingWhenTheDesiredStateIsUnchanged() {
    // Given
    var desired = desired("globex", "embedder", 8, set(gpuSpec(), 2));
    backend.apply(desired);
    var versionsBefore = resourceVersions("mp-globex");
    long writesBefore = api.writes();

    // When
    backend.apply(desired);

    // Then
    assertThat(resourceVersions("mp-globex")).isEqualTo(versionsBefore).hasSize(6);
    assertThat(api.writes()).isEqualTo(writesBefore);
  }

  @Test
  void shouldRemoveTheObjectsOfRunnerSetsNoLongerDesired() {
    // Given
    var old = set(gpuSpec(), 1);
    var next = set(cpuSpec(4), 2);
    backend.apply(desired("globex", "embedder", 8, old));

    // When
    backend.apply(desired("globex", "embedder", 8, next));

    // Then
    assertThat(namesOf("mp-globex", Deployment.class)).containsExactly("embedder-" + next.key());
    assertThat(namesOf("mp-globex", Service.class)).containsExactly("embedder-" + next.key());
    assertThat(namesOf("mp-globex", PodDisruptionBudget.class))
        .containsExactly("embedder-" + next.key());
    assertThat(namesOf("mp-globex", HorizontalPodAutoscaler.class)).isEmpty();
  }

  @Test
  void shouldRelabelOnRollbackWithoutResettingTheAutoscaledReplicas() {
    // Given a runner set the autoscaler grew to 3 replicas
    var served = set(gpuSpec(), 2, 1);
    backend.apply(desired("globex", "embedder", 8, served));
    String name = "embedder-" + served.key();
    client
        .resource(get("mp-globex", Deployment.class, name))
        .edit(
            d -> {
              d.getSpec().setReplicas(3);
              return d;
            });
    var templateBefore = get("mp-globex", Deployment.class, name).getSpec().getTemplate();

    // When a later revision returns to it
    backend.apply(desired("globex", "embedder", 8, set(gpuSpec(), 5, 2, 1)));

    // Then
    Deployment deployment = get("mp-globex", Deployment.class, name);
    assertThat(deployment.getMetadata().getLabels()).containsEntry(RunnerLabels.REVISION, "5");
    assertThat(deployment.getSpec().getReplicas()).isEqualTo(3);
    assertThat(deployment.getSpec().getTemplate()).isEqualTo(templateBefore);
  }

  @Test
  void shouldDeleteOnlyTheDeploymentsObjects() {
    // Given
    var kept = set(cpuSpec(1), 1);
    var deleted = set(gpuSpec(), 1);
    backend.apply(desired("acme", "kept", 2, kept));
    backend.apply(desired("acme", "deleted", 2, deleted));

    // When
    backend.delete(new DeploymentKey("acme", "deleted"));

    // Then
    for (var kind : List.of(Deployment.class, Service.class, PodDisruptionBudget.class)) {
      assertThat(namesOf("mp-acme", kind)).containsExactly("kept-" + kept.key());
    }
    assertThat(namesOf("mp-acme", HorizontalPodAutoscaler.class)).isEmpty();
    assertThat(client.namespaces().withName("mp-acme").get()).isNotNull();
    assertThat(backend.observe(new DeploymentKey("acme", "deleted"))).isEmpty();
  }

  @Test
  void shouldApplyManyRunnerSetsOfOneDeployment() {
    // Given
    List<RunnerSet> sets = List.of(set(cpuSpec(2), 3), set(cpuSpec(1), 2, 1));

    // When
    backend.apply(new DesiredDeployment("acme", "sentiment", "uid-1", "staging", 0, sets));

    // Then
    assertThat(namesOf("mp-acme", Deployment.class))
        .containsExactlyInAnyOrder(
            "sentiment-" + sets.get(0).key(), "sentiment-" + sets.get(1).key());
  }

  private <T extends HasMetadata> T get(Class<T> kind, String name) {
    return get("mp-acme", kind, name);
  }

  private <T extends HasMetadata> T get(String namespace, Class<T> kind, String name) {
    return client.resources(kind).inNamespace(namespace).withName(name).get();
  }

  private List<String> namesOf(String namespace, Class<? extends HasMetadata> kind) {
    return client.resources(kind).inNamespace(namespace).list().getItems().stream()
        .map(o -> o.getMetadata().getName())
        .toList();
  }

  private Map<String, String> resourceVersions(String namespace) {
    return Stream.of(
            client.namespaces().list().getItems().stream(),
            client.resourceQuotas().inNamespace(namespace).list().getItems().stream(),
            client.resources(Deployment.class).inNamespace(namespace).list().getItems().stream(),
            client.resources(Service.class).inNamespace(namespace).list().getItems().stream(),
            client
                .resources(PodDisruptionBudget.class)
                .inNamespace(namespace)
                .list()
                .getItems()
                .stream(),
            client
                .resources(HorizontalPodAutoscaler.class)
                .inNamespace(namespace)
                .list()
                .getItems()
                .stream())
        .flatMap(s -> s.map(HasMetadata.class::cast))
        .collect(
            Collectors.toMap(
                o -> o.getKind() + "/" + o.getMetadata().getName(),
                o -> o.getMetadata().getResourceVersion()));
  }
}
