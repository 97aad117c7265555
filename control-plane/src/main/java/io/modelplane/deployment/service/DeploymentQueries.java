package io.modelplane.deployment.service;

import io.modelplane.deployment.persistence.Deployment;
import io.modelplane.deployment.persistence.DeploymentRepository;
import io.modelplane.deployment.persistence.DeploymentRevision;
import io.modelplane.deployment.persistence.Rollout;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** Reads of deployments, their revisions and rollouts. */
@ApplicationScoped
@Transactional
public class DeploymentQueries {

  @Inject DeploymentRepository repository;

  /** A deployment with its current revision and latest rollout. */
  public record Details(Deployment deployment, DeploymentRevision current, Rollout rollout) {}

  public Details details(String tenant, String name) {
    return details(repository.get(tenant, name));
  }

  public Details details(Deployment d) {
    return new Details(
        d, repository.revision(d, d.currentRevision), repository.latestRollout(d).orElse(null));
  }

  public List<Details> list(String tenant, String after, int limit) {
    return repository.list(tenant, after, limit).stream().map(this::details).toList();
  }

  /** Revisions newest first, before {@code before} (exclusive; null for the newest). */
  public List<DeploymentRevision> revisions(String tenant, String name, Integer before, int limit) {
    Deployment d = repository.get(tenant, name);
    return repository.history(d, before == null ? Integer.MAX_VALUE : before, limit);
  }

  public DeploymentRevision revision(String tenant, String name, int number) {
    return repository.revision(repository.get(tenant, name), number);
  }

  public Optional<Rollout> rollout(String tenant, String name) {
    return repository.latestRollout(repository.get(tenant, name));
  }
}
