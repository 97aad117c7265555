package io.modelplane.registry.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One stage change of a version, kept forever. */
@Entity
@Table(name = "stage_transition")
public class StageTransition {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(nullable = false, updatable = false)
  public String tenant;

  @Column(name = "version_id", nullable = false, updatable = false)
  public long versionId;

  @Column(name = "from_stage", nullable = false, updatable = false)
  public String fromStage;

  @Column(name = "to_stage", nullable = false, updatable = false)
  public String toStage;

  @Column(nullable = false, updatable = false)
  public String actor;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  public Instant occurredAt;

  @Column(nullable = false, updatable = false)
  public String reason;

  @Column(name = "promotion_id", updatable = false)
  public Long promotionId;
}
