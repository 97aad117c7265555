package io.modelplane.backend.kubernetes;

import io.fabric8.kubernetes.api.model.DeletionPropagation;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.modelplane.backend.DeploymentKey;
import io.modelplane.backend.DesiredDeployment;
import io.modelplane.backend.RunnerSet;
import java.util.HashSet;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * One apply of one deployment, in the order that keeps the cluster consistent if it stops half-way:
 * the tenant's namespace and quota, then each runner set's Deployment and its companions, then the
 * removal of what is no longer desired. A later apply picks up wherever an interrupted one stopped.
 */
final class DeploymentApplier {

  private final KubernetesClient client;
  private final ObjectApplier objects;
  private final GpuPlacement gpu;

  DeploymentApplier(KubernetesClient client, GpuPlacement gpu) {
    this.client = client;
    this.objects = new ObjectApplier(client);
    this.gpu = gpu;
  }

  ApplyCounts apply(DesiredDeployment desired) {
    var counts = new ApplyCounts();
    ensureTenant(desired, counts);
    var key = new DeploymentKey(desired.tenant(), desired.deployment());
    var pass = new Pass(DeploymentObjects.list(client, key), counts);
    desired.runnerSets().forEach(set -> applyRunnerSet(desired, set, pass));
    pass.removeTheRest();
    return counts;
  }

  private void ensureTenant(DesiredDeployment desired, ApplyCounts counts) {
    String namespace = KubernetesNames.namespace(desired.tenant());
    counts.add(
        objects.apply(
            TenantObjects.namespace(desired.tenant()),
            client.namespaces().withName(namespace).get()));
    counts.add(
        objects.apply(
            TenantObjects.gpuQuota(desired.tenant(), desired.tenantGpuQuota()),
            client
                .resourceQuotas()
                .inNamespace(namespace)
                .withName(KubernetesNames.GPU_QUOTA)
                .get()));
  }

  /** The Deployment first: its companions need its uid for their owner references. */
  private void applyRunnerSet(DesiredDeployment desired, RunnerSet set, Pass pass) {
    String name = KubernetesNames.runnerSet(desired.deployment(), set.key());
    var live = pass.live;
    Deployment deployment =
        pass.keep(
            objects.apply(
                RunnerDeployments.of(desired, set, gpu),
                live.deployments().get(name),
                keepReplicas(set)));
    String uid = deployment.getMetadata().getUid();
    pass.keep(
        objects.apply(
            RunnerCompanions.service(desired, set, uid),
            live.services().get(name),
            DeploymentApplier::keepClusterIp));
    pass.keep(
        objects.apply(
            RunnerCompanions.disruptionBudget(desired, set, uid), live.budgets().get(name)));
    RunnerCompanions.autoscaler(desired, set, uid)
        .ifPresent(hpa -> pass.keep(objects.apply(hpa, live.autoscalers().get(name))));
  }

  /** Once an autoscaler exists it owns the replica count; an update must not reset it to min. */
  private static BiConsumer<Deployment, Deployment> keepReplicas(RunnerSet set) {
    boolean autoscaled = set.spec().minReplicas() < set.spec().maxReplicas();
    return autoscaled
        ? (from, onto) -> onto.getSpec().setReplicas(from.getSpec().getReplicas())
        : (from, onto) -> {};
  }

  /** A Service's cluster IP is allocated once and immutable; an update must carry it over. */
  private static void keepClusterIp(Service from, Service onto) {
    onto.getSpec().setClusterIP(from.getSpec().getClusterIP());
    onto.getSpec().setClusterIPs(from.getSpec().getClusterIPs());
  }

  /** What one apply found, kept and counted. */
  private final class Pass {
    private final DeploymentObjects live;
    private final ApplyCounts counts;
    private final Set<String> kept = new HashSet<>();

    Pass(DeploymentObjects live, ApplyCounts counts) {
      this.live = live;
      this.counts = counts;
    }

    <T extends HasMetadata> T keep(ObjectApplier.Applied<T> applied) {
      kept.add(id(applied.object()));
      return counts.add(applied);
    }

    /** Whatever this deployment has that the desired state does not name goes. */
    void removeTheRest() {
      live.all()
          .filter(object -> !kept.contains(id(object)))
          .forEach(
              object -> {
                client
                    .resource(object)
                    .withPropagationPolicy(DeletionPropagation.BACKGROUND)
                    .delete();
                counts.removed++;
              });
    }

    private static String id(HasMetadata object) {
      return object.getKind() + "/" + object.getMetadata().getName();
    }
  }
}
