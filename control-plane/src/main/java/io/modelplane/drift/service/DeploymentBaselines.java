package io.modelplane.drift.service;

import io.modelplane.deployment.persistence.Deployment;
import io.modelplane.deployment.persistence.DeploymentRepository;
import io.modelplane.deployment.persistence.DeploymentRevision;
import io.modelplane.kernel.error.NotFoundException;
import io.modelplane.registry.persistence.Baseline;
import io.modelplane.registry.service.BaselineService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Optional;

/** The baseline a deployment is compared with: the one of its current revision's model version. */
@ApplicationScoped
public class DeploymentBaselines {

  /** A deployment's baseline with the model version it belongs to. */
  public record Found(Deployment deployment, DeploymentRevision revision, Baseline baseline) {}

  @Inject DeploymentRepository deployments;
  @Inject BaselineService baselines;
  @Inject EntityManager em;

  public Optional<Found> of(String tenant, long deploymentId) {
    Deployment d = em.find(Deployment.class, deploymentId);
    if (d == null) {
      return Optional.empty();
    }
    DeploymentRevision current = deployments.revision(d, d.currentRevision);
    try {
      return Optional.of(
          new Found(d, current, baselines.get(tenant, current.model, current.modelVersion)));
    } catch (NotFoundException e) {
      return Optional.empty();
    }
  }
}
