package io.modelplane.backend.kubernetes;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.ProbeBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import io.fabric8.kubernetes.api.model.ResourceRequirementsBuilder;
import io.modelplane.backend.RunnerSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.TreeMap;

/**
 * The {@code runner} container: the runner reads its model from the environment and serves OIP v2
 * on one port, which the probes watch.
 */
final class RunnerContainer {

  /**
   * Downloading and loading a model may take minutes; the startup probe gives it ten before the
   * liveness probe may restart a replica that is merely slow to load.
   */
  private static final int STARTUP_PERIOD_SECONDS = 5;

  private static final int STARTUP_FAILURES = 120;

  private RunnerContainer() {}

  static Container of(RunnerSpec spec) {
    return new ContainerBuilder()
        .withName(KubernetesNames.CONTAINER)
        .withImage(spec.image())
        .withEnv(env(spec))
        .addNewPort()
        .withName(KubernetesNames.PORT_NAME)
        .withContainerPort(KubernetesNames.RUNNER_PORT)
        .withProtocol("TCP")
        .endPort()
        .withStartupProbe(probe("/v2/health/live", STARTUP_PERIOD_SECONDS, STARTUP_FAILURES))
        .withLivenessProbe(probe("/v2/health/live", 10, 3))
        .withReadinessProbe(probe("/v2/health/ready", 5, 3))
        .withResources(resources(spec.resources()))
        .build();
  }

  /**
   * The runner's own settings first, then the spec's extra variables sorted by name; an extra
   * variable cannot override the runner's own (the probes depend on {@code PORT}).
   */
  static List<EnvVar> env(RunnerSpec spec) {
    var own = new LinkedHashMap<String, String>();
    own.put("MODEL_URI", spec.modelUri());
    own.put("MODEL_NAME", spec.modelName());
    own.put("MODEL_VERSION", Integer.toString(spec.modelVersion()));
    own.put("MODEL_SHA256", spec.artifactSha256());
    own.put("PORT", Integer.toString(KubernetesNames.RUNNER_PORT));
    own.put("HOST", "0.0.0.0");
    var env = new ArrayList<EnvVar>();
    own.forEach((name, value) -> env.add(new EnvVar(name, value, null)));
    new TreeMap<>(spec.env())
        .forEach(
            (name, value) -> {
              if (!own.containsKey(name)) {
                env.add(new EnvVar(name, value, null));
              }
            });
    return env;
  }

  private static Probe probe(String path, int periodSeconds, int failureThreshold) {
    return new ProbeBuilder()
        .withNewHttpGet()
        .withPath(path)
        .withPort(new IntOrString(KubernetesNames.PORT_NAME))
        .endHttpGet()
        .withPeriodSeconds(periodSeconds)
        .withTimeoutSeconds(2)
        .withFailureThreshold(failureThreshold)
        .build();
  }

  /** Requests equal limits (Guaranteed QoS): a runner's latency should not depend on neighbours. */
  private static ResourceRequirements resources(RunnerSpec.Resources resources) {
    var amounts = new TreeMap<String, Quantity>();
    amounts.put("cpu", new Quantity(resources.cpu()));
    amounts.put("memory", new Quantity(resources.memory()));
    var limits = new TreeMap<>(amounts);
    if (resources.gpuCount() > 0) {
      limits.put(
          KubernetesNames.GPU_RESOURCE, new Quantity(Integer.toString(resources.gpuCount())));
    }
    return new ResourceRequirementsBuilder().withRequests(amounts).withLimits(limits).build();
  }
}
