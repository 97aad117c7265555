package io.modelplane.registry.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One admin's decision on a promotion request. */
@Entity
@Table(name = "approval")
public class Approval {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(nullable = false, updatable = false)
  public String tenant;

  @Column(name = "promotion_id", nullable = false, updatable = false)
  public long promotionId;

  @Column(nullable = false, updatable = false)
  public String approver;

  @Column(nullable = false, updatable = false)
  public String decision;

  @Column(nullable = false, updatable = false)
  public String comment;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  public Instant occurredAt;
}
