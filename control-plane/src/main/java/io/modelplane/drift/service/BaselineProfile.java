package io.modelplane.drift.service;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A baseline's serialised drift profile and the input problems found while building it. */
@Entity
@Table(name = "baseline_profile")
public class BaselineProfile {

  @Id
  @Column(name = "version_id")
  public Long versionId;

  @Column(nullable = false, updatable = false)
  public String tenant;

  @Column(nullable = false)
  public String sha256;

  @Column(nullable = false)
  public byte[] profile;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(nullable = false)
  public List<String> problems;

  @Column(name = "built_at", nullable = false)
  public Instant builtAt;
}
