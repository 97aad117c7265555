package io.modelplane.backend.kubernetes;

import static io.modelplane.backend.kubernetes.TestDeployments.cpuSpec;
import static io.modelplane.backend.kubernetes.TestDeployments.desired;
import static io.modelplane.backend.kubernetes.TestDeployments.gpuSpec;
import static io.modelplane.backend.kubernetes.TestDeployments.set;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscalerBuilder;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudgetBuilder;
import io.fabric8.kubernetes.api.model.rbac.ClusterRole;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.modelplane.backend.DeploymentKey;
import io.modelplane.backend.RunnerSpec;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The chart's RBAC rules are derived from the code, not maintained beside it: the real Kubernetes
 * backend runs through a deployment's whole life against the mock API server, every request it
 * sends is turned into the (API group, resource, verb) RBAC checks for it, and the chart's
 * ClusterRole must grant exactly those. A backend change that needs a new permission, or no longer
 * needs one, fails here until {@code helm/modelplane/templates/rbac.yaml} follows. The Role for
 * leader election is derived the same way, in {@link ChartLeaseRbacTest}.
 */
class ChartRbacTest {

  /** Marks the backend's requests, so the test's own setup calls are not counted. */
  private static final String BACKEND_AGENT = "modelplane-backend-under-test";

  private static final DeploymentKey EMBEDDER = new DeploymentKey("acme", "embedder");

  private final MockApiServer api = new MockApiServer();
  private final KubernetesClient setup = api.client();
  private final KubernetesClient controlPlane =
      RecordedPermissions.clientFor(api.server(), BACKEND_AGENT);
  private final KubernetesBackend backend = new KubernetesBackend(controlPlane, true);

  @AfterEach
  void stop() {
    backend.stopWatching();
    controlPlane.close();
    setup.close();
    api.close();
  }

  @Test
  void shouldGrantExactlyTheCallsTheKubernetesBackendMakes() {
    // Given everything the backend does in the life of a deployment
    Set<ApiPermission> used = runTheBackendsLifecycle();

    // When
    ClusterRole role = RenderedChart.render().only(ClusterRole.class);

    // Then
    assertThat(ApiPermission.grantedBy(role.getRules()))
        .as("the chart's ClusterRole against the backend's requests")
        .containsExactlyElementsOf(used);
  }

  /**
   * Each step is one thing the control plane does with a cluster; only the backend's calls count.
   */
  private Set<ApiPermission> runTheBackendsLifecycle() {
    List<DeploymentKey> changes = watchRunnerPods();
    checkReadiness();
    // a new tenant's first deployment: namespace, quota, runner set
    backend.apply(desired("globex", "ranker", 2, set(cpuSpec(1), 1)));
    // a tenant whose namespace an operator made: adopted; an autoscaled GPU runner set
    operatorCreatesTheTenantNamespace();
    var served = set(gpuSpec(), 1);
    backend.apply(desired("acme", "embedder", 8, served));
    // the resync of an unchanged deployment, then a relabelling rollback and a larger quota
    backend.apply(desired("acme", "embedder", 8, served));
    backend.apply(desired("acme", "embedder", 12, set(gpuSpec(), 2, 1)));
    backend.observe(EMBEDDER);
    // a new version whose object names are taken: create, conflict, read, update; the old set goes
    var next = set(cpuReplicas(1, 3), 3);
    unlabelledObjectsAlreadyHoldTheNamesOf("embedder-" + next.key());
    backend.apply(desired("acme", "embedder", 12, next));
    // scaled to four fixed replicas: replicas are part of a runner set's key, so a new set without
    // autoscaler replaces it; then the deployment is deleted
    backend.apply(desired("acme", "embedder", 12, set(cpuReplicas(4, 4), 3)));
    backend.delete(EMBEDDER);
    awaitPodChangeSeen(changes);
    return permissionsUsed();
  }

  private List<DeploymentKey> watchRunnerPods() {
    var changes = new CopyOnWriteArrayList<DeploymentKey>();
    backend.onChange(changes::add);
    return changes;
  }

  private void checkReadiness() {
    var readiness = new KubernetesApiReadiness();
    readiness.client = controlPlane;
    readiness.enabled = true;
    readiness.call();
  }

  /** Operators may make tenant namespaces themselves; the backend then adopts them. */
  private void operatorCreatesTheTenantNamespace() {
    setup
        .namespaces()
        .resource(
            new NamespaceBuilder().withNewMetadata().withName("mp-acme").endMetadata().build())
        .create();
  }

  /**
   * Objects the label lists miss (labels removed by hand, or a create whose answer was lost): the
   * backend's create answers 409, and it reads and updates the object instead.
   */
  private void unlabelledObjectsAlreadyHoldTheNamesOf(String name) {
    List<HasMetadata> objects =
        List.of(
            new DeploymentBuilder()
                .withNewMetadata()
                .withName(name)
                .withNamespace("mp-acme")
                .endMetadata()
                .withNewSpec()
                .withReplicas(1)
                .endSpec()
                .build(),
            new ServiceBuilder()
                .withNewMetadata()
                .withName(name)
                .withNamespace("mp-acme")
                .endMetadata()
                .withNewSpec()
                .withClusterIP("10.0.0.9")
                .endSpec()
                .build(),
            new PodDisruptionBudgetBuilder()
                .withNewMetadata()
                .withName(name)
                .withNamespace("mp-acme")
                .endMetadata()
                .build(),
            new HorizontalPodAutoscalerBuilder()
                .withNewMetadata()
                .withName(name)
                .withNamespace("mp-acme")
                .endMetadata()
                .build());
    objects.forEach(object -> setup.resource(object).create());
  }

  /** The watch is live: a runner pod appearing reaches the listener. */
  private void awaitPodChangeSeen(List<DeploymentKey> changes) {
    setup
        .pods()
        .inNamespace("mp-acme")
        .resource(
            new PodBuilder()
                .withNewMetadata()
                .withName("embedder-x")
                .withLabels(
                    Map.of(
                        RunnerLabels.MANAGED_BY, RunnerLabels.MANAGER,
                        RunnerLabels.TENANT, "acme",
                        RunnerLabels.DEPLOYMENT, "embedder"))
                .endMetadata()
                .build())
        .create();
    await().atMost(Duration.ofSeconds(20)).until(() -> changes.contains(EMBEDDER));
  }

  private Set<ApiPermission> permissionsUsed() {
    return RecordedPermissions.take(api.server(), BACKEND_AGENT).permissions();
  }

  /** A CPU runner set of the same model with {@code min} to {@code max} replicas. */
  private static RunnerSpec cpuReplicas(int min, int max) {
    RunnerSpec cpu = cpuSpec(2);
    return new RunnerSpec(
        cpu.modelName(),
        cpu.modelVersion(),
        cpu.engine(),
        cpu.artifactSha256(),
        cpu.modelUri(),
        cpu.image(),
        min,
        max,
        cpu.resources(),
        List.of(),
        Map.of());
  }
}
