package io.modelplane.backend.kubernetes;

import static io.modelplane.backend.kubernetes.TestDeployments.desired;
import static io.modelplane.backend.kubernetes.TestDeployments.gpuSpec;
import static io.modelplane.backend.kubernetes.TestDeployments.set;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.modelplane.backend.BackendException;
import io.modelplane.backend.DesiredDeployment;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * An API server that fails or answers too late: every failure reaches the reconciler as a {@link
 * BackendException}, and the next apply after the trouble converges to exactly one of each object.
 */
class KubernetesBackendFaultTest {

  private static final List<Class<? extends HasMetadata>> KINDS =
      List.of(
          Deployment.class,
          Service.class,
          PodDisruptionBudget.class,
          HorizontalPodAutoscaler.class);

  private final MockApiServer api = new MockApiServer();
  private final KubernetesClient client = api.client(Duration.ofMillis(500));
  private final KubernetesBackend backend = new KubernetesBackend(client, true);

  @AfterEach
  void stop() {
    client.close();
    api.close();
  }

  @Test
  void shouldReportServerErrorsAndConvergeAfterwards() {
    // Given
    var desired = desired("globex", "embedder", 8, set(gpuSpec(), 1));
    api.faults().failAfter(0);

    // When
    assertThatThrownBy(() -> backend.apply(desired))
        .isInstanceOf(BackendException.class)
        .hasMessageStartingWith("applying globex/embedder: the Kubernetes API answered 500");
    api.faults().heal();
    backend.apply(desired);

    // Then
    assertExactlyOneOfEach(desired);
  }

  @Test
  void shouldReportTimeoutsAndConvergeWithoutDuplicates() {
    // Given an API server that does the work but answers after the client gave up
    var desired = desired("globex", "embedder", 8, set(gpuSpec(), 1));
    api.faults().answerLate(Duration.ofSeconds(3));

    // When
    assertThatThrownBy(() -> backend.apply(desired))
        .isInstanceOf(BackendException.class)
        .hasMessage("applying globex/embedder: the Kubernetes API did not answer in time");
    api.faults().heal();
    backend.apply(desired);

    // Then
    assertExactlyOneOfEach(desired);
  }

  @Test
  void shouldConvergeWhereverAnApplyWasInterrupted() {
    // a clean apply of this deployment takes 12 requests; interrupt it before each of them
    for (int healthyRequests = 0; healthyRequests <= 12; healthyRequests++) {
      // Given
      var desired = desired("tenant-" + healthyRequests, "embedder", 8, set(gpuSpec(), 1));
      api.faults().failAfter(healthyRequests);

      // When
      try {
        backend.apply(desired);
      } catch (BackendException expected) {
        // the reconciler would retry; so do we, once the server is well again
      }
      api.faults().heal();
      backend.apply(desired);

      // Then
      assertExactlyOneOfEach(desired);
      long writes = api.writes();
      backend.apply(desired);
      assertThat(api.writes()).as("a converged deployment needs no writes").isEqualTo(writes);
    }
  }

  @Test
  void shouldLetRecordedExpectationsTakePrecedenceOverCrud() {
    // Given fabric8's mixed mode: an expectation answers its exact path until it is used up
    var desired = desired("globex", "embedder", 8, set(gpuSpec(), 1));
    api.server()
        .expect()
        .get()
        .withPath("/api/v1/namespaces/mp-globex")
        .andReturn(503, "{\"kind\":\"Status\",\"code\":503,\"message\":\"overloaded\"}")
        .times(2);

    // When / Then
    for (int attempt = 0; attempt < 2; attempt++) {
      assertThatThrownBy(() -> backend.apply(desired))
          .isInstanceOf(BackendException.class)
          .hasMessageContaining("503");
    }
    backend.apply(desired);
    assertExactlyOneOfEach(desired);
  }

  private void assertExactlyOneOfEach(DesiredDeployment desired) {
    String namespace = KubernetesNames.namespace(desired.tenant());
    String name =
        KubernetesNames.runnerSet(desired.deployment(), desired.runnerSets().getFirst().key());
    assertThat(client.namespaces().withName(namespace).get()).isNotNull();
    assertThat(client.resourceQuotas().inNamespace(namespace).list().getItems()).hasSize(1);
    String uid =
        client
            .apps()
            .deployments()
            .inNamespace(namespace)
            .withName(name)
            .get()
            .getMetadata()
            .getUid();
    for (var kind : KINDS) {
      var items = client.resources(kind).inNamespace(namespace).list().getItems();
      assertThat(items).as(kind.getSimpleName()).hasSize(1);
      assertThat(items.getFirst().getMetadata().getName()).isEqualTo(name);
      if (kind != Deployment.class) {
        assertThat(items.getFirst().getMetadata().getOwnerReferences().getFirst().getUid())
            .isEqualTo(uid);
      }
    }
  }
}
