package io.modelplane.privacy.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A PII scan: what it reads, its state ({@code pending → running → succeeded | failed}), findings.
 */
@Entity
@Table(name = "privacy_scan")
public class PrivacyScan {

  public static final String PENDING = "pending";
  public static final String RUNNING = "running";
  public static final String SUCCEEDED = "succeeded";
  public static final String FAILED = "failed";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(nullable = false, updatable = false)
  public String tenant;

  @Column(nullable = false, updatable = false)
  public String trigger;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(nullable = false)
  public ScanTarget target;

  @JdbcTypeCode(SqlTypes.JSON)
  public List<String> entities;

  @Column(name = "max_examples", nullable = false)
  public int maxExamples;

  @Column(nullable = false)
  public String status;

  @Column(nullable = false)
  public double progress;

  public String error;

  @Column(name = "requested_by", nullable = false)
  public String requestedBy;

  @Column(name = "requested_at", nullable = false)
  public Instant requestedAt;

  @Column(name = "started_at")
  public Instant startedAt;

  @Column(name = "finished_at")
  public Instant finishedAt;

  @Column(name = "heartbeat_at", nullable = false)
  public Instant heartbeatAt;

  @Column(nullable = false)
  public long records;

  @Column(name = "values_scanned", nullable = false)
  public long valuesScanned;

  @Column(name = "bytes_scanned", nullable = false)
  public long bytesScanned;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(nullable = false)
  public List<StoredFinding> findings = new ArrayList<>();

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(nullable = false)
  public Map<String, Long> totals = new TreeMap<>();

  @Column(name = "upload_path")
  public String uploadPath;

  public boolean finished() {
    return SUCCEEDED.equals(status) || FAILED.equals(status);
  }
}
