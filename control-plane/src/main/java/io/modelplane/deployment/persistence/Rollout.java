package io.modelplane.deployment.persistence;

import io.modelplane.deployment.service.RolloutPolicy;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A canary rollout of one revision against the stable one. Its step and when the step started are
 * stored, so a restarted control plane resumes where it was.
 */
@Entity
@Table(name = "rollout")
public class Rollout {

  public static final String PROGRESSING = "progressing";
  public static final String SUCCEEDED = "succeeded";
  public static final String ABORTED = "aborted";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(nullable = false, updatable = false)
  public String tenant;

  @Column(name = "deployment_id", nullable = false, updatable = false)
  public long deploymentId;

  @Column(name = "canary_revision", nullable = false, updatable = false)
  public int canaryRevision;

  @Column(name = "stable_revision", nullable = false, updatable = false)
  public int stableRevision;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(nullable = false, updatable = false)
  public List<RolloutPolicy.Step> steps;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(nullable = false, updatable = false)
  public RolloutPolicy.Gates gates;

  @Column(nullable = false)
  public int step;

  @Column(name = "step_started_at", nullable = false)
  public Instant stepStartedAt;

  @Column(nullable = false)
  public String state;

  @Column(name = "outcome_reason", nullable = false)
  public String outcomeReason = "";

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(name = "gate_results", nullable = false)
  public List<GateResult> gateResults = new ArrayList<>();

  @Column(name = "started_at", nullable = false, updatable = false)
  public Instant startedAt;

  @Column(name = "finished_at")
  public Instant finishedAt;

  @Version
  @Column(name = "row_version")
  public long rowVersion;

  public boolean progressing() {
    return PROGRESSING.equals(state);
  }

  public RolloutPolicy.Step currentStep() {
    return steps.get(step);
  }
}
