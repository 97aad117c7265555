package io.modelplane.registry.persistence;

import io.modelplane.registry.baseline.BaselineColumn;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The reference dataset of a version, stored as uploaded, with its profiled columns. */
@Entity
@Table(name = "baseline")
public class Baseline {

  @Id
  @Column(name = "version_id")
  public Long versionId;

  @Column(nullable = false, updatable = false)
  public String tenant;

  @Column(nullable = false)
  public String format;

  @Column(nullable = false)
  public String sha256;

  @Column(nullable = false)
  public long size;

  @Column(name = "row_count", nullable = false)
  public long rowCount;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(nullable = false)
  public List<BaselineColumn> columns;

  @Column(name = "uploaded_by", nullable = false)
  public String uploadedBy;

  @Column(name = "uploaded_at", nullable = false)
  public Instant uploadedAt;

  @Version
  @Column(name = "row_version")
  public long rowVersion;
}
