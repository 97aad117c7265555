package io.modelplane.backend.kubernetes;

import static io.modelplane.backend.kubernetes.TestDeployments.cpuSpec;
import static io.modelplane.backend.kubernetes.TestDeployments.desired;
import static io.modelplane.backend.kubernetes.TestDeployments.gpuSpec;
import static io.modelplane.backend.kubernetes.TestDeployments.set;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.apps.DeploymentStatusBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.modelplane.backend.DeploymentKey;
import io.modelplane.backend.Replica;
import io.modelplane.backend.RunnerSetStatus;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Observing runner pods, and being told when they change, against the CRUD mock API server. */
class KubernetesBackendObserveTest {

  private final MockApiServer api = new MockApiServer();
  private final KubernetesClient client = api.client();
  private final KubernetesBackend backend = new KubernetesBackend(client, true);

  @AfterEach
  void stop() {
    backend.stopWatching();
    client.close();
    api.close();
  }

  @Test
  void shouldReportReadyReplicasWithTheirAddresses() {
    // Given
    var set = set(cpuSpec(3), 1);
    var desired = desired("acme", "sentiment", 0, set);
    backend.apply(desired);
    create(TestPods.ready(desired, set, "sentiment-a", "10.1.0.7"));
    create(TestPods.ready(desired, set, "sentiment-b", "10.1.0.8"));

    // When
    List<RunnerSetStatus> statuses = backend.observe(new DeploymentKey("acme", "sentiment"));

    // Then
    assertThat(statuses)
        .containsExactly(
            new RunnerSetStatus(
                set.key(),
                2,
                2,
                List.of(
                    new Replica("sentiment-a", URI.create("http://10.1.0.7:8080"), true),
                    new Replica("sentiment-b", URI.create("http://10.1.0.8:8080"), true)),
                ""));
  }

  @Test
  void shouldExplainWhyReplicasAreNotReady() {
    // Given
    var set = set(gpuSpec(), 1);
    var desired = desired("globex", "embedder", 1, set);
    backend.apply(desired);
    client.apps().deployments().inNamespace("mp-globex").withName("embedder-" + set.key()).scale(3);
    create(TestPods.ready(desired, set, "embedder-a", "10.2.0.1"));
    create(TestPods.crashLooping(desired, set, "embedder-b", "10.2.0.2"));
    create(TestPods.unschedulable(desired, set, "embedder-c"));

    // When
    var status = backend.observe(new DeploymentKey("globex", "embedder")).getFirst();

    // Then
    assertThat(status.desiredReplicas()).isEqualTo(3);
    assertThat(status.readyReplicas()).isEqualTo(1);
    assertThat(status.replicas())
        .extracting(Replica::id, Replica::ready)
        .containsExactly(tuple("embedder-a", true), tuple("embedder-b", false));
    assertThat(status.message())
        .isEqualTo(
            "1 of 3 replicas ready: CrashLoopBackOff (1 replica): back-off 1m20s restarting failed"
                + " container, last exit OOMKilled (code 137); Unschedulable (1 replica): 0/3 nodes"
                + " are available: 3 Insufficient nvidia.com/gpu.");
  }

  @Test
  void shouldExplainAQuotaThatRefusesPods() {
    // Given a Deployment whose replica set the GPU quota refuses
    var set = set(gpuSpec(), 1);
    backend.apply(desired("globex", "embedder", 0, set));
    client
        .apps()
        .deployments()
        .inNamespace("mp-globex")
        .withName("embedder-" + set.key())
        .editStatus(
            d -> {
              d.setStatus(
                  new DeploymentStatusBuilder()
                      .addNewCondition()
                      .withType("ReplicaFailure")
                      .withStatus("True")
                      .withReason("FailedCreate")
                      .withMessage("pods is forbidden: exceeded quota: gpu-quota")
                      .endCondition()
                      .build());
              return d;
            });

    // When
    var status = backend.observe(new DeploymentKey("globex", "embedder")).getFirst();

    // Then
    assertThat(status.readyReplicas()).isZero();
    assertThat(status.message())
        .isEqualTo(
            "0 of 1 replicas ready: FailedCreate: pods is forbidden: exceeded quota: gpu-quota");
  }

  @Test
  void shouldTellListenersWhichDeploymentsPodChanged() {
    // Given
    var set = set(cpuSpec(3), 1);
    var desired = desired("acme", "sentiment", 0, set);
    List<DeploymentKey> first = new CopyOnWriteArrayList<>();
    List<DeploymentKey> second = new CopyOnWriteArrayList<>();
    backend.onChange(first::add);
    backend.onChange(second::add);

    // When
    create(TestPods.ready(desired, set, "sentiment-a", "10.1.0.7"));

    // Then both listeners hear of it through the one watch
    var key = new DeploymentKey("acme", "sentiment");
    await().until(() -> first.contains(key) && second.contains(key));
  }

  private void create(Pod pod) {
    client.resource(pod).create();
  }
}
