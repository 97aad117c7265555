package io.modelplane.registry.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A registered model: the named line its versions belong to. */
@Entity
@Table(name = "registered_model")
public class RegisteredModel {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(nullable = false, updatable = false)
  public String tenant;

  @Column(nullable = false, updatable = false)
  public String name;

  @Column(nullable = false)
  public String description;

  @Column(nullable = false)
  public String task;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(nullable = false)
  public Map<String, String> tags;

  @Column(nullable = false)
  public String owner;

  @Column(name = "created_at", nullable = false, updatable = false)
  public Instant createdAt;

  @Column(name = "created_by", nullable = false, updatable = false)
  public String createdBy;

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt;

  /** The number the next registered version gets; advanced under a row lock. */
  @Column(name = "next_number", nullable = false)
  public int nextNumber;

  @Version
  @Column(name = "row_version")
  public long rowVersion;
}
