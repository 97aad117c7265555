package io.modelplane.audit.api;

import io.modelplane.audit.persistence.AuditEvent;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One audit event as auditors read it. {@code sequence} is its leaf index in the tenant's log (0,
 * 1, 2, … without gaps); {@code leafHash} is the RFC 9162 leaf hash the database recorded when the
 * event was written (base64).
 */
public record AuditEventView(
    long sequence,
    Instant time,
    String tenant,
    Actor actor,
    String action,
    String resourceType,
    String resourceId,
    String outcome,
    int status,
    String requestId,
    String sourceAddress,
    Map<String, Object> details,
    String leafHash) {

  /** Who acted: {@code clientId} is set for CI service accounts. */
  public record Actor(String subject, String name, String clientId, List<String> roles) {}

  public static AuditEventView of(AuditEvent e) {
    List<String> roles = e.roles.isEmpty() ? List.of() : List.of(e.roles.split(","));
    return new AuditEventView(
        e.seq,
        e.occurredAt,
        e.tenant,
        new Actor(e.actorSubject, e.actorName, e.clientId, roles),
        e.action,
        e.resourceType,
        e.resourceId,
        e.outcome,
        e.status,
        e.requestId,
        e.sourceAddress,
        e.details,
        Base64s.of(e.leafHash));
  }
}
