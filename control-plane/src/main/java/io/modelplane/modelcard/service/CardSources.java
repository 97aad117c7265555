package io.modelplane.modelcard.service;

import io.modelplane.audit.api.CheckpointView;
import io.modelplane.audit.service.Checkpoints;
import io.modelplane.deployment.persistence.Deployment;
import io.modelplane.deployment.persistence.DeploymentRevision;
import io.modelplane.drift.service.BaselineProfiles;
import io.modelplane.modelcard.service.ModelCard.AlertSummary;
import io.modelplane.modelcard.service.ModelCard.AliasMove;
import io.modelplane.monitor.persistence.Alert;
import io.modelplane.monitor.persistence.Monitor;
import io.modelplane.monitoring.profile.DatasetProfile;
import io.modelplane.registry.api.ModelView;
import io.modelplane.registry.api.PromotionView;
import io.modelplane.registry.api.TransitionView;
import io.modelplane.registry.api.VersionView;
import io.modelplane.registry.persistence.AliasEvent;
import io.modelplane.registry.persistence.Baseline;
import io.modelplane.registry.persistence.ModelVersion;
import io.modelplane.registry.persistence.RegisteredModel;
import io.modelplane.registry.persistence.RegistryRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The reads a model card is made of. Each method is its own transaction, so a part that fails (a
 * baseline whose profile cannot be built) cannot roll back the others; every query names the tenant
 * although row-level security would hide other tenants' rows anyway.
 */
@ApplicationScoped
@Transactional
public class CardSources {

  /** Everything the registry knows about one version. */
  public record Registry(
      ModelView model,
      VersionView version,
      long versionId,
      List<TransitionView> transitions,
      List<PromotionView> promotions,
      List<String> currentAliases,
      List<AliasMove> aliasMoves,
      Optional<Baseline> baseline) {}

  /** A deployment and its revisions that serve this version, oldest first. */
  public record Served(Deployment deployment, List<DeploymentRevision> revisions) {}

  /** Alerts listed per deployment on a card; older ones are in the alerts API. */
  static final int ALERTS = 20;

  @Inject RegistryRepository registry;
  @Inject BaselineProfiles profiles;
  @Inject Checkpoints checkpoints;
  @Inject EntityManager em;

  /** Throws {@code NotFoundException} (404) for an unknown model or version. */
  public Registry registry(String tenant, String modelName, int number) {
    RegisteredModel model = registry.model(tenant, modelName);
    ModelVersion version = registry.version(model, number);
    List<PromotionView> promotions =
        registry.promotions(version).stream()
            .map(p -> PromotionView.of(p, registry.approvals(p.id)))
            .toList();
    return new Registry(
        ModelView.of(model),
        VersionView.of(version),
        version.id,
        registry.transitions(version).stream().map(TransitionView::of).toList(),
        promotions,
        registry.aliases(model).stream()
            .filter(a -> a.versionNumber == number)
            .map(a -> a.alias)
            .toList(),
        aliasMoves(tenant, model, number),
        Optional.ofNullable(em.find(Baseline.class, version.id)));
  }

  private List<AliasMove> aliasMoves(String tenant, RegisteredModel model, int number) {
    return em.createQuery(
            "FROM AliasEvent WHERE tenant = :t AND modelId = :m"
                + " AND (fromVersion = :n OR toVersion = :n) ORDER BY occurredAt, id",
            AliasEvent.class)
        .setParameter("t", tenant)
        .setParameter("m", model.id)
        .setParameter("n", number)
        .getResultStream()
        .map(
            e ->
                new AliasMove(e.alias, e.fromVersion, e.toVersion, e.actor, e.occurredAt, e.reason))
        .toList();
  }

  /** The baseline's drift profile (built and stored on first use, as drift queries do). */
  public DatasetProfile profile(Baseline baseline) {
    return profiles.of(baseline);
  }

  /** Deployments (deleted ones included) that have had a revision of this version. */
  public List<Served> servedBy(String tenant, String model, int number) {
    List<DeploymentRevision> revisions =
        em.createQuery(
                "FROM DeploymentRevision WHERE tenant = :t AND model = :m AND modelVersion = :n"
                    + " ORDER BY deploymentId, number",
                DeploymentRevision.class)
            .setParameter("t", tenant)
            .setParameter("m", model)
            .setParameter("n", number)
            .getResultList();
    Map<Long, List<DeploymentRevision>> byDeployment = new LinkedHashMap<>();
    revisions.forEach(
        r -> byDeployment.computeIfAbsent(r.deploymentId, d -> new ArrayList<>()).add(r));
    List<Served> served = new ArrayList<>();
    byDeployment.forEach((id, list) -> served.add(new Served(em.find(Deployment.class, id), list)));
    served.sort((a, b) -> a.deployment().name.compareTo(b.deployment().name));
    return served;
  }

  /** The newest alerts of a deployment fired at or after {@code since}. */
  public List<AlertSummary> alerts(String tenant, long deploymentId, Instant since) {
    return em.createQuery(
            "FROM Alert WHERE tenant = :t AND deploymentId = :d AND firedAt >= :since"
                + " ORDER BY id DESC",
            Alert.class)
        .setParameter("t", tenant)
        .setParameter("d", deploymentId)
        .setParameter("since", since)
        .setMaxResults(ALERTS)
        .getResultStream()
        .map(
            a -> {
              Monitor m = em.find(Monitor.class, a.monitorId);
              return new AlertSummary(
                  m.name, m.kind, a.state, a.firedAt, a.resolvedAt, a.value, a.threshold);
            })
        .toList();
  }

  /** The newest signed checkpoint of the tenant's audit log, or null before the first. */
  public ModelCard.AuditCheckpoint checkpoint(String tenant) {
    return checkpoints
        .latest(tenant)
        .map(CheckpointView::of)
        .map(c -> new ModelCard.AuditCheckpoint(c.id(), c.treeSize(), c.rootHash(), c.timestamp()))
        .orElse(null);
  }
}
