package io.modelplane.audit.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One row of a tenant's audit trail; rows are only ever inserted. */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(nullable = false, updatable = false)
  public String tenant;

  /** The event's leaf index in its tenant's log, assigned by the database on insert. */
  @Column(nullable = false, insertable = false, updatable = false)
  public long seq;

  /** RFC 9162 leaf hash of the event's canonical form, computed by the database on insert. */
  @Column(name = "leaf_hash", nullable = false, insertable = false, updatable = false)
  public byte[] leafHash;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  public Instant occurredAt;

  @Column(name = "actor_subject", nullable = false, updatable = false)
  public String actorSubject;

  @Column(name = "actor_name", updatable = false)
  public String actorName;

  @Column(name = "client_id", updatable = false)
  public String clientId;

  @Column(nullable = false, updatable = false)
  public String roles;

  @Column(nullable = false, updatable = false)
  public String action;

  @Column(name = "resource_type", nullable = false, updatable = false)
  public String resourceType;

  @Column(name = "resource_id", updatable = false)
  public String resourceId;

  @Column(nullable = false, updatable = false)
  public String outcome;

  @Column(nullable = false, updatable = false)
  public int status;

  @Column(name = "request_id", updatable = false)
  public String requestId;

  @Column(name = "source_address", updatable = false)
  public String sourceAddress;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(nullable = false, updatable = false)
  public Map<String, Object> details;
}
