package io.modelplane.privacy.service;

import io.modelplane.kernel.error.PreconditionFailedException;
import io.modelplane.privacy.persistence.PrivacyRepository;
import io.modelplane.privacy.persistence.PrivacySettings;
import io.modelplane.privacy.persistence.ScanSchedule;
import io.modelplane.privacy.redact.RedactionMode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.OptionalLong;

/** Reads and changes tenants' privacy policies; tenants without one get the configured defaults. */
@ApplicationScoped
public class PrivacySettingsService {

  @Inject PrivacyRepository repository;
  @Inject PrivacyConfig config;
  @Inject ScanTargets targets;
  @Inject Clock clock;

  public PrivacyPolicy get(String tenant) {
    return QuarkusTransaction.joiningExisting()
        .call(() -> repository.settings(tenant).map(this::policy).orElseGet(this::defaults));
  }

  /** The redaction mode of the tenant: what the payload sampler applies before storing. */
  public RedactionMode redaction(String tenant) {
    return get(tenant).redaction();
  }

  /**
   * Replaces the policy. {@code ifMatch} is the version the caller read; a tenant still on the
   * defaults has version 0.
   */
  public PrivacyPolicy update(
      String tenant,
      RedactionMode redaction,
      Integer retentionDays,
      ScanSchedule schedule,
      String actor,
      OptionalLong ifMatch) {
    ScanSchedule checked = schedule == null ? null : targets.checkSchedule(tenant, schedule);
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              // one change at a time per tenant, also when the first row is being created
              repository.lockTenant(tenant);
              PrivacySettings row = repository.settings(tenant).orElse(null);
              long current = row == null ? 0 : row.rowVersion;
              if (ifMatch.isPresent() && ifMatch.getAsLong() != current) {
                throw new PreconditionFailedException(
                    "the privacy settings changed since you read them");
              }
              boolean created = row == null;
              if (created) {
                row = new PrivacySettings();
                row.tenant = tenant;
              }
              row.rowVersion = current + 1;
              row.redaction = redaction.id();
              row.retentionDays = retentionDays;
              row.scanSchedule = checked;
              row.updatedAt = clock.instant();
              row.updatedBy = actor;
              if (created) {
                repository.persist(row);
              }
              return policy(row);
            });
  }

  private PrivacyPolicy policy(PrivacySettings row) {
    return new PrivacyPolicy(
        RedactionMode.fromId(row.redaction).orElseThrow(),
        row.retentionDays,
        row.scanSchedule,
        row.rowVersion,
        row.updatedAt,
        row.updatedBy);
  }

  PrivacyPolicy defaults() {
    RedactionMode mode =
        RedactionMode.fromId(config.defaults().redaction())
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "modelplane.privacy.defaults.redaction must be off, mask or hash"));
    int days = config.defaults().retentionDays();
    return new PrivacyPolicy(mode, days > 0 ? days : null, null, 0, null, null);
  }
}
