package io.modelplane.backend.kubernetes;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.modelplane.backend.BackendException;
import io.modelplane.backend.BackendMeter;
import io.modelplane.backend.DeploymentKey;
import io.modelplane.backend.DesiredDeployment;
import io.modelplane.backend.RunnerSetStatus;
import io.modelplane.backend.RuntimeBackend;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Runs runner sets as Kubernetes Deployments, one namespace per tenant. It keeps no state of its
 * own: every call reads the cluster, so a restarted control plane, or another replica taking over
 * the reconciler, continues where the last one stopped. Nothing here touches the cluster until the
 * reconciler calls it, and nothing at all when the backend is disabled.
 */
@ApplicationScoped
public class KubernetesBackend implements RuntimeBackend {

  private static final Logger LOG = Logger.getLogger(KubernetesBackend.class);

  private final KubernetesClient client;
  private final boolean enabled;
  private final DeploymentApplier applier;
  private final RunnerSetObserver observer;
  private final BackendMeter meter;
  private final List<Consumer<DeploymentKey>> listeners = new CopyOnWriteArrayList<>();
  private PodChangeWatcher watcher;

  @Inject
  public KubernetesBackend(
      KubernetesClient client,
      @ConfigProperty(name = "modelplane.backend.kubernetes.enabled") boolean enabled,
      RunnerGpuConfig gpu,
      MeterRegistry registry) {
    this(client, enabled, GpuPlacementJson.of(gpu), registry);
  }

  KubernetesBackend(
      KubernetesClient client, boolean enabled, GpuPlacement gpu, MeterRegistry registry) {
    this.client = client;
    this.enabled = enabled;
    this.applier = new DeploymentApplier(client, gpu);
    this.observer = new RunnerSetObserver(client);
    this.meter = new BackendMeter(registry, name());
  }

  /** For tests and benchmarks: no GPU placement defaults, metrics kept in memory. */
  KubernetesBackend(KubernetesClient client, boolean enabled) {
    this(client, enabled, GpuPlacement.NONE, new SimpleMeterRegistry());
  }

  @Override
  public String name() {
    return "kubernetes";
  }

  @Override
  public void apply(DesiredDeployment desired) {
    requireEnabled();
    String what = desired.tenant() + "/" + desired.deployment();
    ApplyCounts counts =
        meter.time(
            "apply", () -> KubernetesCalls.call("applying " + what, () -> applier.apply(desired)));
    if (!counts.wroteNothing()) {
      LOG.infof("applied %s: %s", what, counts);
    }
  }

  @Override
  public List<RunnerSetStatus> observe(DeploymentKey deployment) {
    requireEnabled();
    return meter.time(
        "observe",
        () ->
            KubernetesCalls.call(
                "observing " + describe(deployment), () -> observer.observe(deployment)));
  }

  @Override
  public void delete(DeploymentKey deployment) {
    requireEnabled();
    meter.run(
        "delete",
        () ->
            KubernetesCalls.run(
                "deleting " + describe(deployment),
                () -> DeploymentRemover.remove(client, deployment)));
  }

  /** The first listener starts the pod watch; later ones share it. */
  @Override
  public void onChange(Consumer<DeploymentKey> listener) {
    listeners.add(listener);
    if (enabled) {
      startWatching();
    }
  }

  private synchronized void startWatching() {
    if (watcher == null) {
      watcher = new PodChangeWatcher(client, key -> listeners.forEach(l -> l.accept(key)));
      watcher.start();
    }
  }

  @PreDestroy
  synchronized void stopWatching() {
    if (watcher != null) {
      watcher.close();
      watcher = null;
    }
  }

  private void requireEnabled() {
    if (!enabled) {
      throw new BackendException("kubernetes backend is disabled");
    }
  }

  private static String describe(DeploymentKey key) {
    return key.tenant() + "/" + key.deployment();
  }
}
