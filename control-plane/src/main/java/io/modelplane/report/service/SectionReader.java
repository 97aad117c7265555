package io.modelplane.report.service;

import io.modelplane.persistence.TenantWork;
import io.modelplane.report.persistence.AccessQueries;
import io.modelplane.report.persistence.AccessQueries.ActionCount;
import io.modelplane.report.persistence.InventoryQueries;
import io.modelplane.report.persistence.InventoryQueries.ModelRow;
import io.modelplane.report.persistence.InventoryQueries.VersionRow;
import io.modelplane.report.persistence.MonitoringQueries;
import io.modelplane.report.persistence.MonitoringQueries.AlertRow;
import io.modelplane.report.persistence.PrivacyQueries;
import io.modelplane.report.persistence.PrivacyQueries.ScanRow;
import io.modelplane.report.persistence.ProductionQueries;
import io.modelplane.report.persistence.ProductionQueries.DeploymentRow;
import io.modelplane.report.persistence.ProductionQueries.RevisionRow;
import io.modelplane.report.persistence.ProductionQueries.RolloutRow;
import io.modelplane.report.service.ServingTimeline.Served;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Reads sections 1–5 of a report, each in its own transaction as the tenant. */
@ApplicationScoped
public class SectionReader {

  /** Monitors whose alerts are drift incidents; every other kind is an SLO breach. */
  private static final Set<String> DRIFT = Set.of("drift");

  @Inject TenantWork tenantWork;
  @Inject InventoryQueries inventory;
  @Inject ProductionQueries production;
  @Inject MonitoringQueries monitoring;
  @Inject PrivacyQueries privacy;
  @Inject AccessQueries access;

  @Inject ReportConfig config;

  public Sections.Inventory inventory(String tenant, Instant from, Instant to) {
    return tenantWork.inTransaction(
        tenant,
        () -> {
          Map<String, List<VersionRow>> versions =
              inventory.versions(tenant, to).stream()
                  .collect(Collectors.groupingBy(VersionRow::model));
          List<Sections.Model> models =
              inventory.models(tenant, to).stream()
                  .map(m -> model(m, versions.getOrDefault(m.name(), List.of())))
                  .toList();
          return new Sections.Inventory(
              models,
              inventory.transitions(tenant, from, to),
              inventory.approvals(tenant, from, to));
        });
  }

  public Sections.Production production(String tenant, Instant from, Instant to) {
    return tenantWork.inTransaction(
        tenant,
        () -> {
          List<DeploymentRow> deployments = production.deployments(tenant, to);
          List<RevisionRow> revisions = production.revisions(tenant, to);
          List<RolloutRow> rollouts = production.rollouts(tenant, to);
          List<Served> timeline = ServingTimeline.of(deployments, revisions, rollouts, to);
          List<RevisionRow> inPeriod =
              revisions.stream().filter(r -> !r.at().isBefore(from)).toList();
          List<Sections.Rollback> rollbacks =
              inPeriod.stream()
                  .filter(r -> "rollback".equals(r.kind()))
                  .map(r -> rollback(r, ServingTimeline.before(timeline, r.deployment(), r.at())))
                  .toList();
          List<RolloutRow> rolloutsInPeriod =
              rollouts.stream()
                  .filter(r -> r.finishedAt() == null || !r.finishedAt().isBefore(from))
                  .toList();
          return new Sections.Production(
              ServingTimeline.within(timeline, from, to), inPeriod, rollbacks, rolloutsInPeriod);
        });
  }

  public Sections.Monitoring monitoring(String tenant, Instant from, Instant to) {
    List<AlertRow> alerts =
        tenantWork.inTransaction(tenant, () -> monitoring.alerts(tenant, from, to));
    return new Sections.Monitoring(
        alerts.stream().filter(a -> !DRIFT.contains(a.kind())).toList(),
        alerts.stream().filter(a -> DRIFT.contains(a.kind())).toList());
  }

  public Sections.Privacy privacy(String tenant, Instant from, Instant to) {
    return tenantWork.inTransaction(
        tenant,
        () -> {
          List<ScanRow> scans = privacy.scans(tenant, from, to);
          long findings =
              scans.stream()
                  .flatMap(s -> s.findings().stream())
                  .mapToLong(PrivacyQueries.FindingRow::count)
                  .sum();
          return new Sections.Privacy(scans, findings, privacy.erasures(tenant, from, to));
        });
  }

  public Sections.Access access(String tenant, Instant from, Instant to) {
    return tenantWork.inTransaction(
        tenant,
        () -> {
          List<ActionCount> counts = access.counts(tenant, from, to);
          long events = counts.stream().mapToLong(ActionCount::count).sum();
          long actors = counts.stream().map(ActionCount::actor).distinct().count();
          long denied =
              counts.stream()
                  .filter(c -> "denied".equals(c.outcome()))
                  .mapToLong(ActionCount::count)
                  .sum();
          var listed = access.denied(tenant, from, to, config.maxDeniedListed());
          return new Sections.Access(events, actors, counts, denied, listed.size(), listed);
        });
  }

  private static Sections.Model model(ModelRow m, List<VersionRow> versions) {
    return new Sections.Model(
        m.name(), m.task(), m.owner(), m.createdAt(), m.createdBy(), versions);
  }

  private static Sections.Rollback rollback(RevisionRow r, Optional<Served> replaced) {
    return new Sections.Rollback(
        r.deployment(),
        r.environment(),
        r.revision(),
        r.rollbackTo(),
        r.model(),
        r.version(),
        replaced.map(Served::revision).orElse(null),
        replaced.map(Served::model).orElse(null),
        replaced.map(Served::version).orElse(null),
        r.reason(),
        r.actor(),
        r.at());
  }
}
