package io.modelplane.backend.kubernetes;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.informers.ExceptionHandler;
import io.fabric8.kubernetes.client.informers.ResourceEventHandler;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import io.modelplane.backend.DeploymentKey;
import java.util.Map;
import java.util.function.Consumer;
import org.jboss.logging.Logger;

/**
 * Watches every runner pod in the cluster (one informer, all namespaces, selected by the managed-by
 * label) and names the deployment whose pod appeared, changed or went away. The reconciler then
 * re-observes that deployment; the event itself carries no decision.
 */
final class PodChangeWatcher implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(PodChangeWatcher.class);

  private final SharedIndexInformer<Pod> informer;

  PodChangeWatcher(KubernetesClient client, Consumer<DeploymentKey> listener) {
    this.informer =
        client
            .pods()
            .inAnyNamespace()
            .withLabel(RunnerLabels.MANAGED_BY, RunnerLabels.MANAGER)
            .runnableInformer(0);
    informer.addEventHandler(new Handler(listener));
    informer.exceptionHandler(PodChangeWatcher::keepTrying);
  }

  /** Starts watching without waiting: an unreachable API server must not block the caller. */
  void start() {
    informer
        .start()
        .whenComplete(
            (ignored, failure) -> {
              if (failure != null) {
                LOG.warnf("runner pod watch could not start: %s", failure.getMessage());
              }
            });
  }

  @Override
  public void close() {
    informer.close();
  }

  /** Retries every API failure (the informer backs off); only a model mismatch is hopeless. */
  private static boolean keepTrying(boolean started, Throwable failure) {
    LOG.debugf("runner pod watch failed (started=%s): %s", started, failure.getMessage());
    return !ExceptionHandler.isDeserializationException(failure);
  }

  private record Handler(Consumer<DeploymentKey> listener) implements ResourceEventHandler<Pod> {

    @Override
    public void onAdd(Pod pod) {
      tell(pod);
    }

    @Override
    public void onUpdate(Pod before, Pod after) {
      tell(after);
    }

    @Override
    public void onDelete(Pod pod, boolean finalStateUnknown) {
      tell(pod);
    }

    private void tell(Pod pod) {
      Map<String, String> labels = pod.getMetadata().getLabels();
      String tenant = labels == null ? null : labels.get(RunnerLabels.TENANT);
      String deployment = labels == null ? null : labels.get(RunnerLabels.DEPLOYMENT);
      if (tenant == null || deployment == null) {
        return;
      }
      try {
        listener.accept(new DeploymentKey(tenant, deployment));
      } catch (RuntimeException e) {
        LOG.warnf(e, "change listener failed for %s/%s", tenant, deployment);
      }
    }
  }
}
