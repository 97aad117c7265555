package io.modelplane.tenant.api;

import io.modelplane.kernel.tenancy.AuditedResource;
import io.modelplane.tenant.persistence.Tenant;
import java.time.Instant;

/** A tenant as the API shows it. */
public record TenantView(
    String slug, String displayName, int gpuQuota, Instant createdAt, String createdBy)
    implements AuditedResource {

  public static TenantView of(Tenant t) {
    return new TenantView(t.slug, t.displayName, t.gpuQuota, t.createdAt, t.createdBy);
  }

  @Override
  public String auditTenant() {
    return slug;
  }

  @Override
  public String auditId() {
    return slug;
  }
}
