package io.modelplane.deployment.persistence;

import io.modelplane.deployment.service.DeploymentSpec;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One immutable revision of a deployment: who changed what, when and why, and the exact model
 * version it serves (an alias is resolved when the revision is made). A database trigger refuses
 * updates and deletes.
 */
@Entity
@Table(name = "deployment_revision")
public class DeploymentRevision {

  public static final String CREATE = "create";
  public static final String UPDATE = "update";
  public static final String ROLLBACK = "rollback";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(nullable = false, updatable = false)
  public String tenant;

  @Column(name = "deployment_id", nullable = false, updatable = false)
  public long deploymentId;

  @Column(nullable = false, updatable = false)
  public int number;

  @Column(nullable = false, updatable = false)
  public String kind;

  @Column(name = "rollback_to", updatable = false)
  public Integer rollbackTo;

  @Column(nullable = false, updatable = false)
  public String model;

  @Column(name = "model_version", nullable = false, updatable = false)
  public int modelVersion;

  @Column(updatable = false)
  public String alias;

  @Column(nullable = false, updatable = false)
  public String engine;

  @Column(name = "artifact_sha256", nullable = false, updatable = false)
  public String artifactSha256;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(nullable = false, updatable = false)
  public DeploymentSpec spec;

  @Column(nullable = false, updatable = false)
  public String reason;

  @Column(name = "created_by", nullable = false, updatable = false)
  public String createdBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  public Instant createdAt;
}
