package io.modelplane.report.persistence;

import static io.modelplane.report.persistence.Sql.instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;

/** Who did what in a period, from the audit trail: counts, and the denied attempts themselves. */
@ApplicationScoped
public class AccessQueries {

  @Inject DataSource dataSource;

  /** How often {@code actor} did {@code action} with {@code outcome}. */
  public record ActionCount(String actor, String action, String outcome, long count) {}

  public record DeniedRow(
      long sequence,
      Instant at,
      String actor,
      String action,
      String resourceType,
      String resourceId,
      int status,
      String sourceAddress) {}

  /** Actor = user name, else client id, else subject (the trail's own order of preference). */
  private static final String ACTOR = "COALESCE(actor_name, client_id, actor_subject)";

  public List<ActionCount> counts(String tenant, Instant from, Instant to) {
    return Sql.list(
        dataSource,
        "SELECT "
            + ACTOR
            + " AS actor, action, outcome, count(*) AS n FROM audit_event"
            + " WHERE tenant = ? AND occurred_at >= ? AND occurred_at < ?"
            + " GROUP BY 1, 2, 3 ORDER BY 1, 2, 3",
        rs ->
            new ActionCount(
                rs.getString("actor"),
                rs.getString("action"),
                rs.getString("outcome"),
                rs.getLong("n")),
        tenant,
        from,
        to);
  }

  /** The first {@code limit} denied attempts of the period, in sequence order. */
  public List<DeniedRow> denied(String tenant, Instant from, Instant to, int limit) {
    return Sql.list(
        dataSource,
        "SELECT seq, occurred_at, "
            + ACTOR
            + " AS actor, action, resource_type, resource_id, status, source_address"
            + " FROM audit_event WHERE tenant = ? AND outcome = 'denied'"
            + " AND occurred_at >= ? AND occurred_at < ? ORDER BY seq LIMIT ?",
        rs ->
            new DeniedRow(
                rs.getLong("seq"),
                instant(rs, "occurred_at"),
                rs.getString("actor"),
                rs.getString("action"),
                rs.getString("resource_type"),
                rs.getString("resource_id"),
                rs.getInt("status"),
                rs.getString("source_address")),
        tenant,
        from,
        to,
        limit);
  }
}
