package io.modelplane.deployment.api;

import io.modelplane.deployment.persistence.DeploymentRevision;
import io.modelplane.deployment.service.DeploymentSpec;
import java.time.Instant;

/** One revision: who, when, why, and what it serves. */
public record RevisionView(
    int number,
    String kind,
    Integer rollbackTo,
    String model,
    int modelVersion,
    String alias,
    String engine,
    String artifactSha256,
    DeploymentSpec spec,
    String reason,
    String createdBy,
    Instant createdAt) {

  public static RevisionView of(DeploymentRevision r) {
    return new RevisionView(
        r.number,
        r.kind,
        r.rollbackTo,
        r.model,
        r.modelVersion,
        r.alias,
        r.engine,
        r.artifactSha256,
        r.spec,
        r.reason,
        r.createdBy,
        r.createdAt);
  }
}
