package io.modelplane.privacy.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A tenant's privacy policy; tenants without a row follow the configured defaults. */
@Entity
@Table(name = "privacy_settings")
public class PrivacySettings {

  @Id public String tenant;

  @Column(nullable = false)
  public String redaction;

  /** Days payload samples are kept; null keeps them until erased. */
  @Column(name = "retention_days")
  public Integer retentionDays;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(name = "scan_schedule")
  public ScanSchedule scanSchedule;

  @Column(name = "last_scheduled_scan_at")
  public Instant lastScheduledScanAt;

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt;

  @Column(name = "updated_by", nullable = false)
  public String updatedBy;

  /** Bumped by every change (the ETag); rows are locked through their tenant while changed. */
  @Column(name = "row_version", nullable = false)
  public long rowVersion;
}
