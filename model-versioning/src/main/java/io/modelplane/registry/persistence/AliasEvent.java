package io.modelplane.registry.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One move of an alias: from which version to which, by whom, when and why. */
@Entity
@Table(name = "alias_event")
public class AliasEvent {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(nullable = false, updatable = false)
  public String tenant;

  @Column(name = "model_id", nullable = false, updatable = false)
  public long modelId;

  @Column(nullable = false, updatable = false)
  public String alias;

  @Column(name = "from_version", updatable = false)
  public Integer fromVersion;

  @Column(name = "to_version", updatable = false)
  public Integer toVersion;

  @Column(nullable = false, updatable = false)
  public String actor;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  public Instant occurredAt;

  @Column(nullable = false, updatable = false)
  public String reason;
}
