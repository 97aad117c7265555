package io.modelplane.deployment.service;

import io.modelplane.backend.DeploymentKey;
import io.modelplane.deployment.persistence.Deployment;
import io.modelplane.deployment.persistence.DeploymentRepository;
import io.modelplane.deployment.persistence.DeploymentRevision;
import io.modelplane.deployment.persistence.Rollout;
import io.modelplane.kernel.error.ConflictException;
import io.modelplane.kernel.error.PreconditionFailedException;
import io.modelplane.kernel.error.UnprocessableException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * Deployments' desired state. Every change is a new immutable revision written together with the
 * new traffic split in one transaction on the deployment's row lock; the reconciler is told after
 * the commit and makes the runtime match.
 */
@ApplicationScoped
public class DeploymentService {

  @Inject DeploymentRepository repository;
  @Inject ModelResolver models;
  @Inject GpuQuota gpuQuota;
  @Inject DeploymentSettings settings;
  @Inject Rollouts rollouts;
  @Inject Clock clock;
  @Inject Event<DeploymentChanged> changed;

  @Transactional
  public Deployment create(
      String tenant,
      String name,
      String environment,
      String backend,
      DeploymentSpec spec,
      String reason,
      String actor) {
    String chosenBackend = backend == null ? settings.defaultBackend() : backend;
    SpecRules.checkIdentity(name, environment, chosenBackend);
    SpecRules.check(spec, chosenBackend);
    if (repository.find(tenant, name).isPresent()) {
      throw new ConflictException("deployment " + name + " already exists");
    }
    ModelTarget target = models.resolve(tenant, spec);
    gpuQuota.check(tenant, chosenBackend, name, spec);
    Instant now = clock.instant();
    Deployment d = new Deployment();
    d.tenant = tenant;
    d.name = name;
    d.environment = environment;
    d.backend = chosenBackend;
    d.state = Deployment.ACTIVE;
    d.currentRevision = 1;
    d.stableRevision = 1;
    d.createdAt = now;
    d.createdBy = actor;
    d.updatedAt = now;
    Traffic.all(d, 1, now, settings.warmPeriod());
    repository.persist(d);
    newRevision(d, 1, DeploymentRevision.CREATE, null, spec, target, reason, actor, now);
    return committed(d);
  }

  /** A changed spec: a new revision, taking traffic directly or as a canary per its rollout. */
  @Transactional
  public Deployment update(
      String tenant,
      String name,
      SpecPatch patch,
      String reason,
      String actor,
      OptionalLong ifMatch) {
    Deployment d = repository.lock(tenant, name);
    checkIfMatch(d, ifMatch);
    DeploymentRevision current = repository.revision(d, d.currentRevision);
    DeploymentSpec spec = patch.applyTo(current.spec);
    SpecRules.check(spec, d.backend);
    ModelTarget target = models.resolve(tenant, spec);
    gpuQuota.check(tenant, d.backend, name, spec);
    Instant now = clock.instant();
    int number = d.currentRevision + 1;
    newRevision(d, number, DeploymentRevision.UPDATE, null, spec, target, reason, actor, now);
    rollouts.supersede(d, "superseded by revision " + number, now);
    if (spec.rollout().isCanary()) {
      rollouts.start(d, number, spec.rollout(), now);
    } else {
      d.stableRevision = number;
      Traffic.all(d, number, now, settings.warmPeriod());
    }
    d.currentRevision = number;
    d.updatedAt = now;
    return committed(d);
  }

  /**
   * A new revision equal to {@code toRevision} (or to the last different revision before the stable
   * one) that takes all traffic at once; any rollout in progress is aborted.
   */
  @Transactional
  public Deployment rollback(
      String tenant, String name, Integer toRevision, String reason, String actor) {
    Deployment d = repository.lock(tenant, name);
    DeploymentRevision target =
        toRevision != null ? targetRevision(d, toRevision) : previousRevision(d);
    Instant now = clock.instant();
    int number = d.currentRevision + 1;
    ModelTarget model =
        new ModelTarget(target.model, target.modelVersion, target.engine, target.artifactSha256);
    newRevision(
        d,
        number,
        DeploymentRevision.ROLLBACK,
        target.number,
        target.spec,
        model,
        reason,
        actor,
        now);
    rollouts.supersede(d, "rolled back to revision " + target.number, now);
    d.currentRevision = number;
    d.stableRevision = number;
    Traffic.all(d, number, now, settings.warmPeriod());
    d.updatedAt = now;
    return committed(d);
  }

  /** Marks the deployment for deletion; the reconciler removes what runs, then the row. */
  @Transactional
  public void delete(String tenant, String name, OptionalLong ifMatch) {
    Deployment d = repository.lock(tenant, name);
    checkIfMatch(d, ifMatch);
    rollouts.supersede(d, "deployment deleted", clock.instant());
    d.state = Deployment.DELETING;
    Traffic.none(d);
    d.updatedAt = clock.instant();
    committed(d);
  }

  @Transactional
  public Rollout promote(String tenant, String name, String reason, String actor) {
    Deployment d = repository.lock(tenant, name);
    Rollout rollout = rollouts.promote(d, "promoted by " + actor + ": " + reason, clock.instant());
    committed(d);
    return rollout;
  }

  @Transactional
  public Rollout abort(String tenant, String name, String reason, String actor) {
    Deployment d = repository.lock(tenant, name);
    Rollout rollout = rollouts.abort(d, "aborted by " + actor + ": " + reason, clock.instant());
    committed(d);
    return rollout;
  }

  private DeploymentRevision targetRevision(Deployment d, int number) {
    if (number > d.currentRevision) {
      throw new UnprocessableException("toRevision", "revision " + number + " does not exist");
    }
    return repository.revision(d, number);
  }

  private DeploymentRevision previousRevision(Deployment d) {
    DeploymentRevision stable = repository.revision(d, d.stableRevision);
    for (DeploymentRevision r : repository.history(d, d.stableRevision, 1000)) {
      boolean sameModel = r.model.equals(stable.model) && r.modelVersion == stable.modelVersion;
      if (!sameModel || !Objects.equals(r.spec, stable.spec)) {
        return r;
      }
    }
    throw new UnprocessableException(
        "toRevision", "there is no earlier revision that differs from the stable one");
  }

  private void newRevision(
      Deployment d,
      int number,
      String kind,
      Integer rollbackTo,
      DeploymentSpec spec,
      ModelTarget target,
      String reason,
      String actor,
      Instant now) {
    DeploymentRevision r = new DeploymentRevision();
    r.tenant = d.tenant;
    r.deploymentId = d.id;
    r.number = number;
    r.kind = kind;
    r.rollbackTo = rollbackTo;
    r.model = target.model();
    r.modelVersion = target.version();
    r.alias = spec.alias();
    r.engine = target.engine();
    r.artifactSha256 = target.artifactSha256();
    r.spec = spec;
    r.reason = reason;
    r.createdBy = actor;
    r.createdAt = now;
    repository.persist(r);
  }

  private Deployment committed(Deployment d) {
    repository.flush();
    changed.fire(new DeploymentChanged(new DeploymentKey(d.tenant, d.name)));
    return d;
  }

  private static void checkIfMatch(Deployment d, OptionalLong ifMatch) {
    if (ifMatch.isPresent() && ifMatch.getAsLong() != d.rowVersion) {
      throw new PreconditionFailedException(
          "deployment " + d.name + " changed since you read it (ETag " + d.rowVersion + ")");
    }
  }
}
