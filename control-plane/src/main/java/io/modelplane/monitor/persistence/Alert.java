package io.modelplane.monitor.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A monitor's breach: firing from the evaluation that saw it until one that no longer does. */
@Entity
@Table(name = "alert")
public class Alert {

  public static final String FIRING = "firing";
  public static final String RESOLVED = "resolved";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(nullable = false, updatable = false)
  public String tenant;

  @Column(name = "monitor_id", nullable = false, updatable = false)
  public long monitorId;

  @Column(name = "deployment_id", nullable = false, updatable = false)
  public long deploymentId;

  @Column(nullable = false)
  public String state;

  @Column(name = "fired_at", nullable = false, updatable = false)
  public Instant firedAt;

  @Column(name = "resolved_at")
  public Instant resolvedAt;

  public Double value;

  public Double threshold;

  /** What the firing evaluation saw. */
  @JdbcTypeCode(SqlTypes.JSON)
  @Column(nullable = false, updatable = false)
  public Map<String, Object> evidence;

  /** What the resolving evaluation saw. */
  @JdbcTypeCode(SqlTypes.JSON)
  public Map<String, Object> resolution;
}
