package io.modelplane.privacy.api;

import io.modelplane.kernel.tenancy.AuditedResource;
import io.modelplane.privacy.persistence.ScanSchedule;
import io.modelplane.privacy.service.PrivacyPolicy;
import java.time.Instant;

/** A tenant's privacy policy; {@code defaults} is true while the tenant has not set one. */
public record SettingsView(
    String tenant,
    String redaction,
    Integer retentionDays,
    ScanSchedule scanSchedule,
    boolean defaults,
    Instant updatedAt,
    String updatedBy)
    implements AuditedResource {

  public static SettingsView of(String tenant, PrivacyPolicy p) {
    return new SettingsView(
        tenant,
        p.redaction().id(),
        p.retentionDays(),
        p.schedule(),
        p.version() == 0,
        p.updatedAt(),
        p.updatedBy());
  }

  @Override
  public String auditTenant() {
    return tenant;
  }

  @Override
  public String auditId() {
    return tenant;
  }
}
