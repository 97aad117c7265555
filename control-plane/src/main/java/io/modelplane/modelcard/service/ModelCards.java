package io.modelplane.modelcard.service;

import io.modelplane.deployment.persistence.Deployment;
import io.modelplane.deployment.persistence.DeploymentRevision;
import io.modelplane.drift.service.DriftWindows;
import io.modelplane.kernel.error.UnprocessableException;
import io.modelplane.latency.service.LatencyWindows;
import io.modelplane.modelcard.service.CardSources.Registry;
import io.modelplane.modelcard.service.CardSources.Served;
import io.modelplane.modelcard.service.ModelCard.BaselineSummary;
import io.modelplane.modelcard.service.ModelCard.DeploymentUse;
import io.modelplane.modelcard.service.ModelCard.DriftVerdict;
import io.modelplane.modelcard.service.ModelCard.Governance;
import io.modelplane.modelcard.service.ModelCard.IntendedUse;
import io.modelplane.modelcard.service.ModelCard.Monitoring;
import io.modelplane.modelcard.service.ModelCard.RevisionLatency;
import io.modelplane.monitoring.drift.ColumnDrift;
import io.modelplane.monitoring.drift.DriftReport;
import io.modelplane.monitoring.profile.DatasetProfile;
import io.modelplane.registry.api.ModelView;
import io.modelplane.registry.persistence.Baseline;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Builds a version's model card from the registry, the baseline's drift profile, the latency and
 * drift of the deployments that served it over the last day, their alerts, and the newest signed
 * audit checkpoint. Nothing is stored: a card is generated on every request.
 */
@ApplicationScoped
public class ModelCards {

  /** The trailing window of the monitoring section. */
  public static final Duration WINDOW = Duration.ofHours(24);

  private static final Logger LOG = Logger.getLogger(ModelCards.class);

  @Inject CardSources sources;
  @Inject LatencyWindows latency;
  @Inject DriftWindows drift;
  @Inject Clock clock;

  public ModelCard card(String tenant, String model, int number, String generatedBy) {
    Instant now = clock.instant();
    Registry registry = sources.registry(tenant, model, number);
    Instant from = now.minus(WINDOW);
    List<DeploymentUse> uses =
        sources.servedBy(tenant, model, number).stream()
            .map(s -> use(tenant, s, registry.baseline().isPresent(), number, from, now))
            .toList();
    return new ModelCard(
        registry.model(),
        registry.version(),
        intendedUse(registry.model()),
        new Governance(
            registry.version().stage(),
            registry.transitions(),
            registry.promotions(),
            registry.currentAliases(),
            registry.aliasMoves()),
        registry.baseline().map(this::baseline).orElse(null),
        new Monitoring(from, now, uses),
        now,
        generatedBy,
        sources.checkpoint(tenant));
  }

  /**
   * Purpose and limitations come from the tags {@code intended-use}, {@code limitations} and {@code
   * intended-users} where a team set them (the Hugging Face card's headings); the model's
   * description stands in for a missing purpose.
   */
  static IntendedUse intendedUse(ModelView model) {
    Map<String, String> tags = model.tags() == null ? Map.of() : model.tags();
    String purpose = tags.get("intended-use");
    if (blank(purpose)) {
      purpose = blank(model.description()) ? null : model.description();
    }
    return new IntendedUse(
        model.task(), purpose, tags.get("limitations"), tags.get("intended-users"));
  }

  private BaselineSummary baseline(Baseline baseline) {
    Optional<DatasetProfile> profile;
    try {
      profile = Optional.of(sources.profile(baseline));
    } catch (RuntimeException e) {
      // the card still lists the columns profiled at upload; the log says why the rest is missing
      LOG.warnf(e, "no drift profile for baseline %s", baseline.sha256);
      profile = Optional.empty();
    }
    return BaselineSummaries.of(baseline, profile);
  }

  private DeploymentUse use(
      String tenant, Served served, boolean hasBaseline, int number, Instant from, Instant to) {
    Deployment d = served.deployment();
    Set<Integer> revisions =
        served.revisions().stream().map(r -> r.number).collect(Collectors.toSet());
    int traffic = revisions.stream().mapToInt(d::weightOf).sum();
    boolean live = !Deployment.DELETED.equals(d.state);
    List<RevisionLatency> latencies =
        latency.window(d.id, from, to).stream()
            .filter(r -> revisions.contains(r.revision()))
            .map(
                r ->
                    new RevisionLatency(
                        r.revision(),
                        r.summary().requests(),
                        r.summary().p50(),
                        r.summary().p99(),
                        r.summary().errorRate()))
            .toList();
    boolean current = live && revisions.contains(d.currentRevision);
    DriftVerdict verdict =
        !current
            ? DriftVerdict.of("not-serving")
            : hasBaseline ? drift(tenant, d.id, from, to) : DriftVerdict.of("no-baseline");
    DeploymentRevision first = served.revisions().getFirst();
    return new DeploymentUse(
        d.name,
        d.environment,
        d.backend,
        d.state,
        served.revisions().stream().map(r -> r.number).toList(),
        first.createdAt,
        live && traffic > 0,
        live ? traffic : 0,
        latencies,
        verdict,
        sources.alerts(tenant, d.id, first.createdAt));
  }

  private DriftVerdict drift(String tenant, long deploymentId, Instant from, Instant to) {
    DriftWindows.Drift measured;
    try {
      measured = drift.drift(tenant, deploymentId, from, to, null);
    } catch (UnprocessableException noBaseline) {
      return DriftVerdict.of("no-baseline");
    }
    DriftReport report = measured.report();
    if (report.noData()) {
      return DriftVerdict.of("no-data");
    }
    return new DriftVerdict(
        "measured",
        measured.samples(),
        report.driftedColumns(),
        report.columns().size(),
        report.datasetDrift(),
        report.columns().stream().filter(ColumnDrift::drifted).map(ColumnDrift::column).toList());
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
