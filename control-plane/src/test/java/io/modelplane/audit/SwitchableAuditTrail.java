package io.modelplane.audit;

import io.modelplane.audit.service.AuditTrail;
import io.modelplane.kernel.tenancy.AuditedResource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

/**
 * The audit trail with an off switch, for {@link AuditHttpOverheadBench} only (enabled by {@link
 * AuditSwitchProfile}, nowhere else): the same requests measured with and without their audit
 * event, in one running application.
 */
@Alternative
@ApplicationScoped
public class SwitchableAuditTrail extends AuditTrail {

  static volatile boolean enabled = true;

  @Override
  public boolean willRecord() {
    return enabled && super.willRecord();
  }

  @Override
  public void record(
      String action, String resourceType, AuditedResource target, int status, String failure) {
    if (enabled) {
      super.record(action, resourceType, target, status, failure);
    }
  }

  @Override
  public void recordDenied(String tenant, String method, String path, int status) {
    if (enabled) {
      super.recordDenied(tenant, method, path, status);
    }
  }
}
