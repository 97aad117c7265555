package io.modelplane.backend.kubernetes;

import io.modelplane.backend.DeploymentKey;
import io.modelplane.backend.DesiredDeployment;
import io.modelplane.backend.RunnerSet;
import java.util.Map;
import java.util.TreeMap;

/**
 * The labels that let the backend find its objects again by asking the API server, instead of
 * remembering what it created: a control plane that restarts, or another replica that takes over,
 * sees the same truth.
 */
final class RunnerLabels {

  static final String NAME = "app.kubernetes.io/name";
  static final String MANAGED_BY = "app.kubernetes.io/managed-by";
  static final String TENANT = "modelplane.io/tenant";
  static final String DEPLOYMENT = "modelplane.io/deployment";
  static final String REVISION = "modelplane.io/revision";
  static final String RUNNER_SET = "modelplane.io/runner-set";
  static final String ENVIRONMENT = "modelplane.io/environment";

  /** Annotation: the deployment's database id, to tell a re-created deployment of the same name. */
  static final String DEPLOYMENT_UID = "modelplane.io/deployment-uid";

  static final String RUNNER = "modelplane-runner";
  static final String MANAGER = "modelplane";

  private RunnerLabels() {}

  /** Selects everything of one deployment (all its runner sets). */
  static Map<String, String> ofDeployment(DeploymentKey key) {
    return sorted(Map.of(MANAGED_BY, MANAGER, TENANT, key.tenant(), DEPLOYMENT, key.deployment()));
  }

  /**
   * Selects the pods of one runner set. Only labels that never change for a runner set: a
   * Deployment's selector is immutable.
   */
  static Map<String, String> selector(DesiredDeployment desired, RunnerSet set) {
    return sorted(
        Map.of(TENANT, desired.tenant(), DEPLOYMENT, desired.deployment(), RUNNER_SET, set.key()));
  }

  /**
   * The pod template's labels. No revision or environment: a changed pod-template label rolls every
   * replica, and a rollback must reuse the warm replicas of the runner set it returns to.
   */
  static Map<String, String> ofPod(DesiredDeployment desired, RunnerSet set) {
    var labels = new TreeMap<>(selector(desired, set));
    labels.put(NAME, RUNNER);
    labels.put(MANAGED_BY, MANAGER);
    return labels;
  }

  /** The labels of the Deployment, Service, PodDisruptionBudget and autoscaler. */
  static Map<String, String> ofRunnerSet(DesiredDeployment desired, RunnerSet set) {
    var labels = new TreeMap<>(ofPod(desired, set));
    labels.put(REVISION, Integer.toString(set.newestRevision()));
    labels.put(ENVIRONMENT, desired.environment());
    return labels;
  }

  /** The labels of the tenant's namespace and quota. */
  static Map<String, String> ofTenant(String tenant) {
    return sorted(Map.of(MANAGED_BY, MANAGER, TENANT, tenant));
  }

  private static Map<String, String> sorted(Map<String, String> labels) {
    return new TreeMap<>(labels);
  }
}
