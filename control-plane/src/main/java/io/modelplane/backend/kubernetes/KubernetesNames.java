package io.modelplane.backend.kubernetes;

/**
 * The names the Kubernetes backend gives what it creates. Names are derived, never generated, so a
 * create that is retried after a lost answer finds its first attempt instead of duplicating it.
 */
final class KubernetesNames {

  /** The runner's OIP v2 port; the container, the Service and the probes all use it. */
  static final int RUNNER_PORT = 8080;

  static final String PORT_NAME = "http";
  static final String CONTAINER = "runner";
  static final String GPU_QUOTA = "gpu-quota";
  static final String GPU_RESOURCE = "nvidia.com/gpu";

  private KubernetesNames() {}

  /** One namespace per tenant, so quotas, RBAC and network policies can be per tenant. */
  static String namespace(String tenant) {
    return "mp-" + tenant;
  }

  /**
   * The Deployment, Service, PodDisruptionBudget and autoscaler of one runner set share this name:
   * at most 40 + 1 + 10 characters, a DNS label.
   */
  static String runnerSet(String deployment, String runnerSetKey) {
    return deployment + "-" + runnerSetKey;
  }
}
