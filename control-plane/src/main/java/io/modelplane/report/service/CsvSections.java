package io.modelplane.report.service;

import io.modelplane.report.persistence.AccessQueries.ActionCount;
import io.modelplane.report.persistence.AccessQueries.DeniedRow;
import io.modelplane.report.persistence.InventoryQueries.ApprovalRow;
import io.modelplane.report.persistence.InventoryQueries.TransitionRow;
import io.modelplane.report.persistence.InventoryQueries.VersionRow;
import io.modelplane.report.persistence.MonitoringQueries.AlertRow;
import io.modelplane.report.persistence.PrivacyQueries.ErasureRow;
import io.modelplane.report.persistence.PrivacyQueries.FindingRow;
import io.modelplane.report.persistence.PrivacyQueries.ScanRow;
import io.modelplane.report.persistence.ProductionQueries.RevisionRow;
import io.modelplane.report.persistence.ProductionQueries.RolloutRow;
import io.modelplane.report.service.ServingTimeline.Served;
import java.util.List;

/** Flattens a report into CSV rows, section by section, in the JSON's order. */
final class CsvSections {

  private CsvSections() {}

  static CsvRows of(AuditReport r) {
    CsvRows rows = new CsvRows();
    rows.add("report", "report")
        .time(r.generatedAt())
        .actor(r.generatedBy())
        .detail("schema", r.schema())
        .detail("reportId", r.reportId())
        .detail("tenant", r.tenant())
        .detail("from", r.from().toString())
        .detail("to", r.to().toString());
    for (ControlMapping m : r.mapping()) {
      rows.add("mapping", m.section())
          .reason(m.title())
          .detail("euAiAct", m.euAiAct())
          .detail("iso42001", m.iso42001().stream().map(c -> c.id() + " " + c.title()).toList());
    }
    inventory(rows, r.inventory());
    production(rows, r.production());
    alerts(rows, "slo_breach", r.monitoring().sloBreaches());
    alerts(rows, "drift_incident", r.monitoring().driftIncidents());
    privacy(rows, r.privacy());
    access(rows, r.access());
    chain(rows, r.chain());
    return rows;
  }

  private static void inventory(CsvRows rows, Sections.Inventory s) {
    for (Sections.Model m : s.models()) {
      rows.add("inventory", "model")
          .time(m.createdAt())
          .actor(m.createdBy())
          .model(m.name(), null)
          .detail("task", m.task())
          .detail("owner", m.owner());
      for (VersionRow v : m.versions()) {
        rows.add("inventory", "version")
            .time(v.registeredAt())
            .actor(v.registeredBy())
            .model(v.model(), v.version())
            .outcome(v.stageAtEnd())
            .detail("engine", v.engine())
            .detail("artifactSha256", v.artifactSha256())
            .detail("sourceRepo", v.sourceRepo())
            .detail("sourceCommit", v.sourceCommit())
            .detail("pipelineRunUrl", v.pipelineRunUrl())
            .detail("trainingDataUri", v.trainingDataUri())
            .detail("trainingDataDigest", v.trainingDataDigest())
            .detail("parentVersion", v.parentVersion());
      }
    }
    for (TransitionRow t : s.transitions()) {
      rows.add("inventory", "stage_transition")
          .time(t.at())
          .actor(t.actor())
          .model(t.model(), t.version())
          .action(t.fromStage() + "->" + t.toStage())
          .reason(t.reason())
          .detail("promotionId", t.promotionId());
    }
    for (ApprovalRow a : s.approvals()) {
      rows.add("inventory", "approval")
          .time(a.at())
          .actor(a.approver())
          .model(a.model(), a.version())
          .action(a.decision())
          .outcome(a.independent() ? "independent" : "not independent")
          .reason(a.comment())
          .detail("promotionId", a.promotionId())
          .detail("targetStage", a.targetStage())
          .detail("requestState", a.requestState())
          .detail("requestedBy", a.requestedBy())
          .detail("registeredBy", a.registeredBy());
    }
  }

  private static void production(CsvRows rows, Sections.Production s) {
    for (Served v : s.served()) {
      rows.add("production", "served")
          .time(v.from())
          .until(v.until())
          .model(v.model(), v.version())
          .deployment(v.deployment(), v.revision())
          .action(v.kind())
          .detail("environment", v.environment());
    }
    for (RevisionRow v : s.revisions()) {
      rows.add("production", "revision")
          .time(v.at())
          .actor(v.actor())
          .model(v.model(), v.version())
          .deployment(v.deployment(), v.revision())
          .action(v.kind())
          .reason(v.reason())
          .detail("environment", v.environment())
          .detail("alias", v.alias())
          .detail("rollbackTo", v.rollbackTo());
    }
    for (Sections.Rollback b : s.rollbacks()) {
      rows.add("production", "rollback")
          .time(b.at())
          .actor(b.actor())
          .model(b.model(), b.version())
          .deployment(b.deployment(), b.revision())
          .action("rollback")
          .reason(b.reason())
          .detail("rollbackTo", b.rollbackTo())
          .detail("replacedRevision", b.replacedRevision())
          .detail("replacedModel", b.replacedModel())
          .detail("replacedVersion", b.replacedVersion());
    }
    for (RolloutRow o : s.rollouts()) {
      rows.add("production", "rollout")
          .time(o.startedAt())
          .until(o.finishedAt())
          .deployment(o.deployment(), o.canaryRevision())
          .action("canary")
          .outcome(o.state())
          .reason(o.outcomeReason())
          .detail("stableRevision", o.stableRevision());
    }
  }

  private static void alerts(CsvRows rows, String record, List<AlertRow> alerts) {
    for (AlertRow a : alerts) {
      rows.add("monitoring", record)
          .time(a.firedAt())
          .until(a.resolvedAt())
          .deployment(a.deployment(), null)
          .action(a.kind())
          .outcome(a.state())
          .detail("alertId", a.id())
          .detail("monitor", a.monitor())
          .detail("value", a.value())
          .detail("threshold", a.threshold());
    }
  }

  private static void privacy(CsvRows rows, Sections.Privacy s) {
    for (ScanRow scan : s.scans()) {
      rows.add("privacy", "scan")
          .time(scan.requestedAt())
          .until(scan.finishedAt())
          .actor(scan.requestedBy())
          .outcome(scan.status())
          .count(scan.findings().stream().mapToLong(FindingRow::count).sum())
          .detail("scanId", scan.id())
          .detail("trigger", scan.trigger())
          .detail("target", scan.target());
      for (FindingRow f : scan.findings()) {
        rows.add("privacy", "finding")
            .time(scan.requestedAt())
            .action(f.entity())
            .outcome(f.severity())
            .count(f.count())
            .detail("scanId", scan.id())
            .detail("location", f.location());
      }
    }
    for (ErasureRow e : s.erasures()) {
      rows.add("privacy", "erasure")
          .time(e.completedAt())
          .actor(e.requestedBy())
          .action("erase")
          .count(e.samplesDeleted())
          .detail("erasureId", e.id())
          .detail("subjectHash", e.subjectHash())
          .detail("deletedByDeployment", e.deletedByDeployment());
    }
  }

  private static void access(CsvRows rows, Sections.Access s) {
    rows.add("access", "totals")
        .count(s.events())
        .detail("actors", s.actors())
        .detail("deniedTotal", s.deniedTotal())
        .detail("deniedListed", s.deniedListed());
    for (ActionCount c : s.byActor()) {
      rows.add("access", "actor_action")
          .actor(c.actor())
          .action(c.action())
          .outcome(c.outcome())
          .count(c.count());
    }
    for (DeniedRow d : s.denied()) {
      rows.add("access", "denied")
          .time(d.at())
          .actor(d.actor())
          .action(d.action())
          .outcome("denied")
          .detail("sequence", d.sequence())
          .detail("resourceType", d.resourceType())
          .detail("resourceId", d.resourceId())
          .detail("status", d.status())
          .detail("sourceAddress", d.sourceAddress());
    }
  }

  private static void chain(CsvRows rows, ChainEvidence c) {
    var v = c.verification();
    rows.add("chain", "verification")
        .outcome(v.valid() ? "valid" : "invalid")
        .count(v.treeSize())
        .reason(v.reason())
        .detail("rootHashHex", v.rootHashHex())
        .detail("firstBadIndex", v.firstBadIndex())
        .detail("checkpointsVerified", v.checkpointsVerified());
    var cp = c.checkpoint();
    rows.add("chain", "checkpoint")
        .time(java.time.Instant.parse(cp.timestamp()))
        .count(cp.treeSize())
        .detail("checkpointId", cp.id())
        .detail("origin", cp.origin())
        .detail("rootHash", cp.rootHash())
        .detail("rootHashHex", c.rootHashHex())
        .detail("keyId", cp.keyId())
        .detail("algorithm", cp.algorithm())
        .detail("signature", cp.signature());
    if (c.consistency() != null) {
      var p = c.consistency();
      rows.add("chain", "consistency")
          .count(p.toSize())
          .detail("previousReportId", c.previousReportId())
          .detail("fromSize", p.fromSize())
          .detail("toSize", p.toSize())
          .detail("fromRoot", p.fromRoot())
          .detail("toRoot", p.toRoot())
          .detail("proof", p.proof());
    }
  }
}
