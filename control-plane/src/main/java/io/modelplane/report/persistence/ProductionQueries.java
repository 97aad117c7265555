package io.modelplane.report.persistence;

import static io.modelplane.report.persistence.Sql.instant;
import static io.modelplane.report.persistence.Sql.integer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;

/** What was deployed: deployments, every revision and rollout up to the end of a period. */
@ApplicationScoped
public class ProductionQueries {

  @Inject DataSource dataSource;

  /** A deployment; {@code endedAt} is when it was deleted (or is being), else null. */
  public record DeploymentRow(
      long id, String name, String environment, Instant createdAt, Instant endedAt) {}

  public record RevisionRow(
      long deploymentId,
      String deployment,
      String environment,
      int revision,
      String kind,
      Integer rollbackTo,
      String model,
      int version,
      String alias,
      String reason,
      String actor,
      Instant at) {}

  public record RolloutRow(
      long deploymentId,
      String deployment,
      int canaryRevision,
      int stableRevision,
      String state,
      String outcomeReason,
      Instant startedAt,
      Instant finishedAt) {}

  public List<DeploymentRow> deployments(String tenant, Instant to) {
    return Sql.list(
        dataSource,
        "SELECT id, name, environment, created_at,"
            + " CASE WHEN state <> 'active' THEN updated_at END AS ended_at"
            + " FROM deployment WHERE tenant = ? AND created_at < ? ORDER BY name, id",
        rs ->
            new DeploymentRow(
                rs.getLong("id"),
                rs.getString("name"),
                rs.getString("environment"),
                instant(rs, "created_at"),
                instant(rs, "ended_at")),
        tenant,
        to);
  }

  /** Every revision made before {@code to}, oldest first (a timeline needs those before too). */
  public List<RevisionRow> revisions(String tenant, Instant to) {
    return Sql.list(
        dataSource,
        "SELECT r.deployment_id, d.name, d.environment, r.number, r.kind, r.rollback_to, r.model,"
            + " r.model_version, r.alias, r.reason, r.created_by, r.created_at"
            + " FROM deployment_revision r JOIN deployment d ON d.id = r.deployment_id"
            + " WHERE r.tenant = ? AND r.created_at < ? ORDER BY r.created_at, r.id",
        rs ->
            new RevisionRow(
                rs.getLong("deployment_id"),
                rs.getString("name"),
                rs.getString("environment"),
                rs.getInt("number"),
                rs.getString("kind"),
                integer(rs, "rollback_to"),
                rs.getString("model"),
                rs.getInt("model_version"),
                rs.getString("alias"),
                rs.getString("reason"),
                rs.getString("created_by"),
                instant(rs, "created_at")),
        tenant,
        to);
  }

  public List<RolloutRow> rollouts(String tenant, Instant to) {
    return Sql.list(
        dataSource,
        "SELECT r.deployment_id, d.name, r.canary_revision, r.stable_revision, r.state,"
            + " r.outcome_reason, r.started_at, r.finished_at"
            + " FROM rollout r JOIN deployment d ON d.id = r.deployment_id"
            + " WHERE r.tenant = ? AND r.started_at < ? ORDER BY r.started_at, r.id",
        rs ->
            new RolloutRow(
                rs.getLong("deployment_id"),
                rs.getString("name"),
                rs.getInt("canary_revision"),
                rs.getInt("stable_revision"),
                rs.getString("state"),
                rs.getString("outcome_reason"),
                instant(rs, "started_at"),
                instant(rs, "finished_at")),
        tenant,
        to);
  }
}
