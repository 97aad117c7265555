package io.modelplane.deployment.persistence;

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
 * A deployment's mutable state: which revision is newest, which is stable, how traffic is split,
 * which retired revisions stay warm, and what the reconciler last observed. What each revision asks
 * for lives, immutable, in {@link DeploymentRevision}.
 */
@Entity
@Table(name = "deployment")
public class Deployment {

  public static final String ACTIVE = "active";
  public static final String DELETING = "deleting";
  public static final String DELETED = "deleted";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(nullable = false, updatable = false)
  public String tenant;

  @Column(nullable = false, updatable = false)
  public String name;

  @Column(nullable = false, updatable = false)
  public String environment;

  @Column(nullable = false, updatable = false)
  public String backend;

  @Column(nullable = false)
  public String state;

  @Column(name = "current_revision", nullable = false)
  public int currentRevision;

  @Column(name = "stable_revision", nullable = false)
  public int stableRevision;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(nullable = false)
  public List<TrafficShare> traffic = new ArrayList<>();

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(nullable = false)
  public List<WarmRevision> warm = new ArrayList<>();

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(nullable = false)
  public List<Condition> conditions = new ArrayList<>();

  @Column(name = "observed_revision")
  public Integer observedRevision;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(name = "runner_sets", nullable = false)
  public List<ObservedRunnerSet> runnerSets = new ArrayList<>();

  @Column(name = "created_at", nullable = false, updatable = false)
  public Instant createdAt;

  @Column(name = "created_by", nullable = false, updatable = false)
  public String createdBy;

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt;

  @Version
  @Column(name = "row_version")
  public long rowVersion;

  public int weightOf(int revision) {
    return traffic.stream()
        .filter(t -> t.revision() == revision)
        .mapToInt(TrafficShare::weight)
        .sum();
  }
}
