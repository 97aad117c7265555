package io.modelplane.registry.api;

import io.modelplane.kernel.tenancy.AuditedResource;
import io.modelplane.registry.persistence.RegisteredModel;
import java.time.Instant;
import java.util.Map;

/** A registered model as the API shows it. */
public record ModelView(
    String name,
    String description,
    String task,
    Map<String, String> tags,
    String owner,
    Instant createdAt,
    String createdBy,
    Instant updatedAt,
    int latestVersion,
    String tenant)
    implements AuditedResource {

  public static ModelView of(RegisteredModel m) {
    return new ModelView(
        m.name,
        m.description,
        m.task,
        m.tags,
        m.owner,
        m.createdAt,
        m.createdBy,
        m.updatedAt,
        m.nextNumber - 1,
        m.tenant);
  }

  @Override
  public String auditTenant() {
    return tenant;
  }

  @Override
  public String auditId() {
    return name;
  }
}
