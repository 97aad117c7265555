package io.modelplane.registry.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A request to move a version to a stage; production waits for approvals (four-eyes). */
@Entity
@Table(name = "promotion_request")
public class PromotionRequest {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(nullable = false, updatable = false)
  public String tenant;

  @Column(name = "version_id", nullable = false, updatable = false)
  public long versionId;

  @Column(name = "target_stage", nullable = false, updatable = false)
  public String targetStage;

  @Column(nullable = false)
  public String state;

  @Column(name = "required_approvals", nullable = false, updatable = false)
  public int requiredApprovals;

  @Column(name = "requested_by", nullable = false, updatable = false)
  public String requestedBy;

  @Column(name = "requested_at", nullable = false, updatable = false)
  public Instant requestedAt;

  @Column(nullable = false, updatable = false)
  public String reason;

  @Column(name = "decided_at")
  public Instant decidedAt;

  @Version
  @Column(name = "row_version")
  public long rowVersion;
}
