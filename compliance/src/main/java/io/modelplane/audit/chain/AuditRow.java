package io.modelplane.audit.chain;

/**
 * The fields of one audit event that its leaf hash covers, as stored. Mutable on purpose: a
 * verifier reads a million rows into one instance.
 */
public final class AuditRow {

  public long seq;
  public String tenant;
  public long occurredAtMicros;
  public String actorSubject;
  public String actorName;
  public String clientId;
  public String roles;
  public String action;
  public String resourceType;
  public String resourceId;
  public String outcome;
  public int status;
  public String requestId;
  public String sourceAddress;

  /** The details as JSON text (as PostgreSQL prints the jsonb column); {@code "{}"} when empty. */
  public String details;
}
