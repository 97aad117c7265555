package io.modelplane.registry.api;

import io.modelplane.kernel.tenancy.AuditedResource;
import io.modelplane.registry.persistence.ModelAlias;
import java.time.Instant;

/** Where an alias points now. */
public record AliasView(
    String model, String alias, int version, Instant updatedAt, String updatedBy, String tenant)
    implements AuditedResource {

  public static AliasView of(String model, ModelAlias a) {
    return new AliasView(model, a.alias, a.versionNumber, a.updatedAt, a.updatedBy, a.tenant);
  }

  @Override
  public String auditTenant() {
    return tenant;
  }

  @Override
  public String auditId() {
    return model + "@" + alias;
  }
}
