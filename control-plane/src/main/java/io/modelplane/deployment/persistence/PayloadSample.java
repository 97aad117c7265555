package io.modelplane.deployment.persistence;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * An inference request (and its answer) the gateway sampled at the deployment's rate. Never updated
 * (the application role may only insert, read and erase rows): immutable to Hibernate, which would
 * otherwise take a JSON value that prints differently from its snapshot for a change.
 */
@Entity
@Immutable
@Table(name = "payload_sample")
public class PayloadSample {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(nullable = false)
  public String tenant;

  @Column(name = "deployment_id", nullable = false)
  public long deploymentId;

  @Column(nullable = false)
  public int revision;

  @Column(name = "sampled_at", nullable = false)
  public Instant sampledAt;

  @Column(nullable = false)
  public int status;

  @Column(name = "latency_ms", nullable = false)
  public double latencyMs;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(nullable = false)
  public JsonNode request;

  @JdbcTypeCode(SqlTypes.JSON)
  public JsonNode response;
}
