package io.modelplane.backend;

import java.util.List;

/**
 * Everything the runtime must run for one deployment. Runner sets not listed must be removed.
 *
 * @param tenant the tenant slug
 * @param deployment the deployment name (a DNS label of at most 40 characters)
 * @param uid a stable unique id of the deployment (its database id as a string)
 * @param environment dev, staging or prod
 * @param tenantGpuQuota GPUs the tenant may request in total (Kubernetes ResourceQuota)
 * @param runnerSets what must run, newest first
 */
public record DesiredDeployment(
    String tenant,
    String deployment,
    String uid,
    String environment,
    int tenantGpuQuota,
    List<RunnerSet> runnerSets) {
  public DesiredDeployment {
    runnerSets = List.copyOf(runnerSets);
  }
}
