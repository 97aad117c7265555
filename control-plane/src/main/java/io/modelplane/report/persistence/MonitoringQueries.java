package io.modelplane.report.persistence;

import static io.modelplane.report.persistence.Sql.instant;
import static io.modelplane.report.persistence.Sql.number;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;

/** Alerts that were firing at some time within a period. */
@ApplicationScoped
public class MonitoringQueries {

  @Inject DataSource dataSource;

  public record AlertRow(
      long id,
      String deployment,
      String monitor,
      String kind,
      String state,
      Instant firedAt,
      Instant resolvedAt,
      Double value,
      Double threshold) {}

  public List<AlertRow> alerts(String tenant, Instant from, Instant to) {
    return Sql.list(
        dataSource,
        "SELECT a.id, d.name AS deployment, m.name AS monitor, m.kind, a.state, a.fired_at,"
            + " a.resolved_at, a.value, a.threshold FROM alert a"
            + " JOIN monitor m ON m.id = a.monitor_id JOIN deployment d ON d.id = a.deployment_id"
            + " WHERE a.tenant = ? AND a.fired_at < ?"
            + " AND (a.resolved_at IS NULL OR a.resolved_at >= ?) ORDER BY a.fired_at, a.id",
        rs ->
            new AlertRow(
                rs.getLong("id"),
                rs.getString("deployment"),
                rs.getString("monitor"),
                rs.getString("kind"),
                rs.getString("state"),
                instant(rs, "fired_at"),
                instant(rs, "resolved_at"),
                number(rs, "value"),
                number(rs, "threshold")),
        tenant,
        to,
        from);
  }
}
