package io.modelplane.registry.api;

import io.modelplane.kernel.tenancy.AuditedResource;
import io.modelplane.registry.baseline.BaselineColumn;
import io.modelplane.registry.persistence.Baseline;
import java.time.Instant;
import java.util.List;

/** A version's baseline: where its data is and what its columns are. */
public record BaselineView(
    String model,
    int version,
    String format,
    String sha256,
    long size,
    long rows,
    List<BaselineColumn> columns,
    String uploadedBy,
    Instant uploadedAt,
    String tenant)
    implements AuditedResource {

  static BaselineView of(String model, int version, Baseline b) {
    return new BaselineView(
        model,
        version,
        b.format,
        b.sha256,
        b.size,
        b.rowCount,
        b.columns,
        b.uploadedBy,
        b.uploadedAt,
        b.tenant);
  }

  @Override
  public String auditTenant() {
    return tenant;
  }

  @Override
  public String auditId() {
    return model + "/" + version + "/baseline";
  }
}
