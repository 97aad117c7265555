package io.modelplane.report.persistence;

import static io.modelplane.report.persistence.Sql.instant;
import static io.modelplane.report.persistence.Sql.integer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;

/** The registry as it stood at the end of a period, and its stage changes and approvals in it. */
@ApplicationScoped
public class InventoryQueries {

  @Inject DataSource dataSource;

  public record ModelRow(
      String name, String task, String owner, Instant createdAt, String createdBy) {}

  /** A version with its lineage and the stage it had when the period ended. */
  public record VersionRow(
      String model,
      int version,
      String engine,
      String artifactSha256,
      String registeredBy,
      Instant registeredAt,
      String stageAtEnd,
      String sourceRepo,
      String sourceCommit,
      String pipelineRunUrl,
      String trainingDataUri,
      String trainingDataDigest,
      Integer parentVersion) {}

  public record TransitionRow(
      String model,
      int version,
      String fromStage,
      String toStage,
      String actor,
      Instant at,
      String reason,
      Long promotionId) {}

  /**
   * One decision on a promotion request; {@code independent} is the four-eyes check: the approver
   * is neither who registered the version nor who asked for the promotion.
   */
  public record ApprovalRow(
      long promotionId,
      String model,
      int version,
      String targetStage,
      String requestState,
      String requestedBy,
      String registeredBy,
      String approver,
      String decision,
      String comment,
      Instant at,
      boolean independent) {}

  public List<ModelRow> models(String tenant, Instant to) {
    return Sql.list(
        dataSource,
        "SELECT name, task, owner, created_at, created_by FROM registered_model"
            + " WHERE tenant = ? AND created_at < ? ORDER BY name",
        rs ->
            new ModelRow(
                rs.getString("name"),
                rs.getString("task"),
                rs.getString("owner"),
                instant(rs, "created_at"),
                rs.getString("created_by")),
        tenant,
        to);
  }

  public List<VersionRow> versions(String tenant, Instant to) {
    return Sql.list(
        dataSource,
        "SELECT m.name, v.number, v.engine, v.artifact_sha256, v.registered_by, v.registered_at,"
            + " COALESCE((SELECT st.to_stage FROM stage_transition st WHERE st.version_id = v.id"
            + "   AND st.occurred_at < ? ORDER BY st.occurred_at DESC, st.id DESC LIMIT 1),"
            + "   'none') AS stage_at_end,"
            + " v.lineage->>'sourceRepo' AS source_repo, v.lineage->>'sourceCommit' AS commit,"
            + " v.lineage->>'pipelineRunUrl' AS run, v.lineage->>'trainingDataUri' AS data_uri,"
            + " v.lineage->>'trainingDataDigest' AS data_digest,"
            + " (v.lineage->>'parentVersion')::int AS parent"
            + " FROM model_version v JOIN registered_model m ON m.id = v.model_id"
            + " WHERE v.tenant = ? AND v.registered_at < ? ORDER BY m.name, v.number",
        rs ->
            new VersionRow(
                rs.getString("name"),
                rs.getInt("number"),
                rs.getString("engine"),
                rs.getString("artifact_sha256"),
                rs.getString("registered_by"),
                instant(rs, "registered_at"),
                rs.getString("stage_at_end"),
                rs.getString("source_repo"),
                rs.getString("commit"),
                rs.getString("run"),
                rs.getString("data_uri"),
                rs.getString("data_digest"),
                integer(rs, "parent")),
        to,
        tenant,
        to);
  }

  public List<TransitionRow> transitions(String tenant, Instant from, Instant to) {
    return Sql.list(
        dataSource,
        "SELECT m.name, v.number, st.from_stage, st.to_stage, st.actor, st.occurred_at,"
            + " st.reason, st.promotion_id FROM stage_transition st"
            + " JOIN model_version v ON v.id = st.version_id"
            + " JOIN registered_model m ON m.id = v.model_id"
            + " WHERE st.tenant = ? AND st.occurred_at >= ? AND st.occurred_at < ?"
            + " ORDER BY st.occurred_at, st.id",
        rs ->
            new TransitionRow(
                rs.getString("name"),
                rs.getInt("number"),
                rs.getString("from_stage"),
                rs.getString("to_stage"),
                rs.getString("actor"),
                instant(rs, "occurred_at"),
                rs.getString("reason"),
                (Long) rs.getObject("promotion_id")),
        tenant,
        from,
        to);
  }

  public List<ApprovalRow> approvals(String tenant, Instant from, Instant to) {
    return Sql.list(
        dataSource,
        "SELECT p.id, m.name, v.number, p.target_stage, p.state, p.requested_by,"
            + " v.registered_by, a.approver, a.decision, a.comment, a.occurred_at"
            + " FROM approval a JOIN promotion_request p ON p.id = a.promotion_id"
            + " JOIN model_version v ON v.id = p.version_id"
            + " JOIN registered_model m ON m.id = v.model_id"
            + " WHERE a.tenant = ? AND a.occurred_at >= ? AND a.occurred_at < ?"
            + " ORDER BY a.occurred_at, a.id",
        rs -> {
          String approver = rs.getString("approver");
          String requestedBy = rs.getString("requested_by");
          String registeredBy = rs.getString("registered_by");
          return new ApprovalRow(
              rs.getLong("id"),
              rs.getString("name"),
              rs.getInt("number"),
              rs.getString("target_stage"),
              rs.getString("state"),
              requestedBy,
              registeredBy,
              approver,
              rs.getString("decision"),
              rs.getString("comment"),
              instant(rs, "occurred_at"),
              !approver.equals(requestedBy) && !approver.equals(registeredBy));
        },
        tenant,
        from,
        to);
  }
}
