package io.modelplane.deployment.service;

import io.modelplane.deployment.persistence.Deployment;
import io.modelplane.deployment.persistence.DeploymentRepository;
import io.modelplane.deployment.persistence.DeploymentRevision;
import io.modelplane.kernel.error.UnprocessableException;
import io.modelplane.tenant.persistence.TenantRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Refuses a Kubernetes deployment whose GPUs (max replicas × GPUs per replica, over all the
 * tenant's deployments) would exceed the tenant's quota, before anything is created. The
 * namespace's ResourceQuota enforces the same number inside the cluster.
 */
@ApplicationScoped
public class GpuQuota {

  @Inject DeploymentRepository deployments;
  @Inject TenantRepository tenants;

  public void check(String tenant, String backend, String deploymentName, DeploymentSpec spec) {
    if (!"kubernetes".equals(backend) || spec.resources().gpuCount() == 0) {
      return;
    }
    int quota = tenants.findById(tenant).gpuQuota;
    long others = 0;
    for (Deployment d : deployments.onBackend(tenant, backend)) {
      if (d.name.equals(deploymentName)) {
        continue;
      }
      List<DeploymentRevision> current = deployments.revisions(d, List.of(d.currentRevision));
      for (DeploymentRevision r : current) {
        others += (long) r.spec.replicas().max() * r.spec.resources().gpuCount();
      }
    }
    long wanted = (long) spec.replicas().max() * spec.resources().gpuCount();
    if (others + wanted > quota) {
      throw new UnprocessableException(
          "resources.gpu.count",
          "needs %d GPUs (%d replicas × %d) but tenant %s has %d of its quota of %d left"
              .formatted(
                  wanted,
                  spec.replicas().max(),
                  spec.resources().gpuCount(),
                  tenant,
                  Math.max(0, quota - others),
                  quota));
    }
  }
}
