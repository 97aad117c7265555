package io.modelplane.audit.service;

import java.time.Instant;
import java.util.Map;

/**
 * One event as the application hands it to the log; the database adds its sequence number and leaf
 * hash. {@code occurredAt} is kept at microsecond precision, as PostgreSQL stores it.
 */
public record AuditEntry(
    String tenant,
    Instant occurredAt,
    String actorSubject,
    String actorName,
    String clientId,
    String roles,
    String action,
    String resourceType,
    String resourceId,
    String outcome,
    int status,
    String requestId,
    String sourceAddress,
    Map<String, Object> details) {}
