package io.modelplane.monitor.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A rule on a deployment, evaluated over a trailing window by the leader. */
@Entity
@Table(name = "monitor")
public class Monitor {

  public static final String LATENCY = "latency";
  public static final String ERROR_RATE = "error_rate";
  public static final String DRIFT = "drift";
  public static final String NO_TRAFFIC = "no_traffic";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(nullable = false, updatable = false)
  public String tenant;

  @Column(name = "deployment_id", nullable = false, updatable = false)
  public long deploymentId;

  @Column(nullable = false, updatable = false)
  public String name;

  @Column(nullable = false, updatable = false)
  public String kind;

  public Double quantile;

  public Double threshold;

  @Column(name = "min_columns")
  public Integer minColumns;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(nullable = false)
  public List<String> columns = List.of();

  @Column(name = "window_seconds", nullable = false)
  public int windowSeconds;

  @Column(nullable = false)
  public boolean enabled = true;

  @Column(name = "created_by", nullable = false, updatable = false)
  public String createdBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  public Instant createdAt;

  @Column(name = "evaluated_at")
  public Instant evaluatedAt;

  /** ok, firing or no_data after the last evaluation. */
  @Column(name = "last_state")
  public String lastState;

  @Version
  @Column(name = "row_version")
  public long rowVersion;

  @Column(nullable = false)
  public boolean deleted;
}
