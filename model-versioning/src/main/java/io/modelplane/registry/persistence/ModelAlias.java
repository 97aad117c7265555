package io.modelplane.registry.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** Where an alias ({@code champion}, {@code challenger}, …) of a model points now. */
@Entity
@Table(name = "model_alias")
public class ModelAlias {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(nullable = false, updatable = false)
  public String tenant;

  @Column(name = "model_id", nullable = false, updatable = false)
  public long modelId;

  @Column(nullable = false, updatable = false)
  public String alias;

  @Column(name = "version_number", nullable = false)
  public int versionNumber;

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt;

  @Column(name = "updated_by", nullable = false)
  public String updatedBy;

  @Version
  @Column(name = "row_version")
  public long rowVersion;
}
