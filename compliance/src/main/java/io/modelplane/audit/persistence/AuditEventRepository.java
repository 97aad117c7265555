package io.modelplane.audit.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Reads of the audit trail. Row-level security already limits them to the current tenant. */
@ApplicationScoped
public class AuditEventRepository implements PanacheRepository<AuditEvent> {

  public List<AuditEvent> page(String tenant, AuditQuery q) {
    StringBuilder where = new StringBuilder("tenant = :tenant");
    Parameters params = Parameters.with("tenant", tenant);
    if (q.after() != null) {
      where.append(q.newestFirst() ? " and seq < :after" : " and seq > :after");
      params.and("after", q.after());
    }
    if (q.from() != null) {
      where.append(" and occurredAt >= :from");
      params.and("from", q.from());
    }
    if (q.to() != null) {
      where.append(" and occurredAt < :to");
      params.and("to", q.to());
    }
    if (q.actor() != null) {
      where.append(" and (actorName = :actor or actorSubject = :actor or clientId = :actor)");
      params.and("actor", q.actor());
    }
    equal(where, params, "action", q.action());
    equal(where, params, "resourceType", q.resourceType());
    equal(where, params, "resourceId", q.resourceId());
    equal(where, params, "outcome", q.outcome());
    String order = q.newestFirst() ? " order by seq desc" : " order by seq";
    return find(where + order, params).range(0, q.limit() - 1).list();
  }

  public Optional<AuditEvent> bySeq(String tenant, long seq) {
    return find("tenant = ?1 and seq = ?2", tenant, seq).firstResultOptional();
  }

  /** The newest {@code limit} events, newest first. */
  public List<AuditEvent> latest(String tenant, int limit) {
    return find("tenant = ?1 order by seq desc", tenant).range(0, limit - 1).list();
  }

  private static void equal(StringBuilder where, Parameters params, String field, String value) {
    if (value != null) {
      where.append(" and ").append(field).append(" = :").append(field);
      params.and(field, value);
    }
  }

  /**
   * Filters of {@code GET …/audit-events}; {@code after} is the cursor (the last sequence number of
   * the previous page), {@code limit} includes the one extra row that proves there is more.
   */
  public record AuditQuery(
      Instant from,
      Instant to,
      String actor,
      String action,
      String resourceType,
      String resourceId,
      String outcome,
      boolean newestFirst,
      Long after,
      int limit) {}
}
