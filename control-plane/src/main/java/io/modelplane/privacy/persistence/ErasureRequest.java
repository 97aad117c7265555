package io.modelplane.privacy.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The evidence of one erasure request; immutable (a trigger refuses changes). */
@Entity
@Table(name = "erasure_request")
public class ErasureRequest {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(nullable = false, updatable = false)
  public String tenant;

  /** The subject's keyed hash: the same subject gives the same hash, the hash not the subject. */
  @Column(name = "subject_hash", nullable = false, updatable = false)
  public String subjectHash;

  @Column(nullable = false, updatable = false)
  public String status;

  @Column(name = "requested_by", nullable = false, updatable = false)
  public String requestedBy;

  @Column(name = "requested_at", nullable = false, updatable = false)
  public Instant requestedAt;

  @Column(name = "completed_at", nullable = false, updatable = false)
  public Instant completedAt;

  @Column(name = "request_id", updatable = false)
  public String requestId;

  @Column(name = "samples_deleted", nullable = false, updatable = false)
  public long samplesDeleted;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(name = "deleted_by_deployment", nullable = false, updatable = false)
  public Map<String, Long> deletedByDeployment = new TreeMap<>();
}
