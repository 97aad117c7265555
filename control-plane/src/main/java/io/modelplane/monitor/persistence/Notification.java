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

/** One alert event to deliver to one webhook, retried with backoff until delivered or given up. */
@Entity
@Table(name = "notification")
public class Notification {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(nullable = false, updatable = false)
  public String tenant;

  @Column(name = "webhook_id", nullable = false, updatable = false)
  public long webhookId;

  @Column(name = "alert_id", nullable = false, updatable = false)
  public long alertId;

  @Column(nullable = false, updatable = false)
  public String event;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(nullable = false, updatable = false)
  public Map<String, Object> payload;

  @Column(nullable = false)
  public int attempts;

  @Column(name = "next_attempt_at", nullable = false)
  public Instant nextAttemptAt;

  @Column(name = "delivered_at")
  public Instant deliveredAt;

  @Column(nullable = false)
  public boolean failed;

  @Column(name = "last_status")
  public Integer lastStatus;

  @Column(name = "last_error")
  public String lastError;
}
