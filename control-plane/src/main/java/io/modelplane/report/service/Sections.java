package io.modelplane.report.service;

import io.modelplane.report.persistence.AccessQueries.ActionCount;
import io.modelplane.report.persistence.AccessQueries.DeniedRow;
import io.modelplane.report.persistence.InventoryQueries.ApprovalRow;
import io.modelplane.report.persistence.InventoryQueries.TransitionRow;
import io.modelplane.report.persistence.InventoryQueries.VersionRow;
import io.modelplane.report.persistence.MonitoringQueries.AlertRow;
import io.modelplane.report.persistence.PrivacyQueries.ErasureRow;
import io.modelplane.report.persistence.PrivacyQueries.ScanRow;
import io.modelplane.report.persistence.ProductionQueries.RevisionRow;
import io.modelplane.report.persistence.ProductionQueries.RolloutRow;
import io.modelplane.report.service.ServingTimeline.Served;
import java.time.Instant;
import java.util.List;

/**
 * The sections of an audit report, as the JSON shows them (field names are the report's stable
 * schema, {@code modelplane.audit-report/v1}: add fields, never rename them).
 */
public final class Sections {

  private Sections() {}

  /** 1. Every model and version registered by the end of the period; stage changes in it. */
  public record Inventory(
      List<Model> models, List<TransitionRow> transitions, List<ApprovalRow> approvals) {}

  public record Model(
      String name,
      String task,
      String owner,
      Instant createdAt,
      String createdBy,
      List<VersionRow> versions) {}

  /** 2. Which revision served when, every change and rollback (with its reason) and rollout. */
  public record Production(
      List<Served> served,
      List<RevisionRow> revisions,
      List<Rollback> rollbacks,
      List<RolloutRow> rollouts) {}

  /** A rollback: what it returned to, what it replaced, and why. */
  public record Rollback(
      String deployment,
      String environment,
      int revision,
      Integer rollbackTo,
      String model,
      int version,
      Integer replacedRevision,
      String replacedModel,
      Integer replacedVersion,
      String reason,
      String actor,
      Instant at) {}

  /** 3. Alerts firing within the period: SLO breaches (latency, errors, traffic) and drift. */
  public record Monitoring(List<AlertRow> sloBreaches, List<AlertRow> driftIncidents) {}

  /** 4. Privacy scans requested and erasures completed in the period (counts, no examples). */
  public record Privacy(List<ScanRow> scans, long findings, List<ErasureRow> erasures) {}

  /**
   * 5. The audit trail of the period: events and distinct actors, counts by actor, action and
   * outcome, and the denied attempts ({@code deniedListed} of {@code deniedTotal} are listed).
   */
  public record Access(
      long events,
      long actors,
      List<ActionCount> byActor,
      long deniedTotal,
      int deniedListed,
      List<DeniedRow> denied) {}
}
