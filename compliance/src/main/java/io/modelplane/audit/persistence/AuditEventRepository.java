package io.modelplane.audit.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

/** Reads of the audit trail. Row-level security already limits them to the current tenant. */
@ApplicationScoped
public class AuditEventRepository implements PanacheRepository<AuditEvent> {

  public List<AuditEvent> page(String tenant, AuditQuery q) {
    StringBuilder where = new StringBuilder("tenant = :tenant and id > :after");
    Parameters params = Parameters.with("tenant", tenant).and("after", q.afterId());
    if (q.from() != null) {
      where.append(" and occurredAt >= :from");
      params.and("from", q.from());
    }
    if (q.to() != null) {
      where.append(" and occurredAt < :to");
      params.and("to", q.to());
    }
    if (q.actor() != null) {
      where.append(" and (actorName = :actor or actorSubject = :actor)");
      params.and("actor", q.actor());
    }
    if (q.action() != null) {
      where.append(" and action = :action");
      params.and("action", q.action());
    }
    if (q.resourceType() != null) {
      where.append(" and resourceType = :resourceType");
      params.and("resourceType", q.resourceType());
    }
    return find(where + " order by id", params).range(0, q.limit() - 1).list();
  }

  /** The newest {@code limit} events, newest first. */
  public List<AuditEvent> latest(String tenant, int limit) {
    return find("tenant = ?1 order by id desc", tenant).range(0, limit - 1).list();
  }

  /** Filters of {@code GET …/audit-events}; {@code afterId} is the cursor. */
  public record AuditQuery(
      Instant from,
      Instant to,
      String actor,
      String action,
      String resourceType,
      long afterId,
      int limit) {}
}
