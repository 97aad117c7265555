package io.modelplane.registry.persistence;

import io.modelplane.registry.inspect.ModelSignature;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One immutable version of a model; only its stage changes (a database trigger enforces it). */
@Entity
@Table(name = "model_version")
public class ModelVersion {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(nullable = false, updatable = false)
  public String tenant;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "model_id", nullable = false, updatable = false)
  public RegisteredModel model;

  @Column(nullable = false, updatable = false)
  public int number;

  @Column(nullable = false, updatable = false)
  public String engine;

  @Column(name = "artifact_sha256", nullable = false, updatable = false)
  public String artifactSha256;

  @Column(name = "artifact_size", nullable = false, updatable = false)
  public long artifactSize;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(nullable = false, updatable = false)
  public ModelSignature signature;

  @Column(name = "signature_source", nullable = false, updatable = false)
  public String signatureSource;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(nullable = false, updatable = false)
  public Map<String, Double> metrics;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(nullable = false, updatable = false)
  public Map<String, String> parameters;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(nullable = false, updatable = false)
  public Lineage lineage;

  @Column(nullable = false, updatable = false)
  public String description;

  @Column(nullable = false)
  public String stage;

  @Column(name = "registered_by", nullable = false, updatable = false)
  public String registeredBy;

  @Column(name = "registered_at", nullable = false, updatable = false)
  public Instant registeredAt;

  @Version
  @Column(name = "row_version")
  public long rowVersion;
}
