package io.modelplane.backend.kubernetes;

import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceQuota;
import io.fabric8.kubernetes.api.model.ResourceQuotaBuilder;
import java.util.Map;

/**
 * A tenant's namespace and its GPU quota: the cluster itself refuses pods beyond the tenant's GPUs,
 * whatever the control plane believes.
 */
final class TenantObjects {

  private TenantObjects() {}

  static Namespace namespace(String tenant) {
    return new NamespaceBuilder()
        .withNewMetadata()
        .withName(KubernetesNames.namespace(tenant))
        .withLabels(RunnerLabels.ofTenant(tenant))
        .endMetadata()
        .build();
  }

  /**
   * Caps the GPUs requested in the namespace. Only {@code requests.}: Kubernetes allows no other
   * quota item for extended resources, which cannot be overcommitted (a GPU limit is its request).
   */
  static ResourceQuota gpuQuota(String tenant, int gpus) {
    return new ResourceQuotaBuilder()
        .withNewMetadata()
        .withName(KubernetesNames.GPU_QUOTA)
        .withNamespace(KubernetesNames.namespace(tenant))
        .withLabels(RunnerLabels.ofTenant(tenant))
        .endMetadata()
        .withNewSpec()
        .withHard(
            Map.of(
                "requests." + KubernetesNames.GPU_RESOURCE, new Quantity(Integer.toString(gpus))))
        .endSpec()
        .build();
  }
}
