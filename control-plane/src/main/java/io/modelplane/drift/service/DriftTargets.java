package io.modelplane.drift.service;

import io.modelplane.drift.persistence.DriftWindowStore.BaselineKey;
import io.modelplane.monitoring.profile.DatasetProfile;
import io.modelplane.persistence.TenantWork;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The baseline each deployment's sampled payloads are profiled against at ingest, cached for a
 * short while so the sampler's writer does not read the database per batch. A stale entry only
 * costs speed, never correctness: rows carry the baseline they were built against, and a query
 * re-profiles what was built against another.
 */
@ApplicationScoped
public class DriftTargets {

  /**
   * A deployment's baseline profile, the key stored rows are labelled with, and the model version
   * it belongs to.
   */
  public record Target(BaselineKey key, DatasetProfile baseline, String model, int version) {}

  private record Cached(Optional<Target> target, Instant until) {}

  @Inject DeploymentBaselines baselines;
  @Inject BaselineProfiles profiles;
  @Inject TenantWork tenantWork;
  @Inject Clock clock;

  @ConfigProperty(name = "modelplane.drift.baseline-cache", defaultValue = "30s")
  Duration ttl;

  private final Map<Long, Cached> cache = new ConcurrentHashMap<>();

  /** Empty when the deployment's model version has no baseline. */
  public Optional<Target> of(String tenant, long deploymentId) {
    Instant now = clock.instant();
    Cached cached = cache.get(deploymentId);
    if (cached != null && now.isBefore(cached.until())) {
      return cached.target();
    }
    Optional<Target> target = tenantWork.inTransaction(tenant, () -> load(tenant, deploymentId));
    cache.put(deploymentId, new Cached(target, now.plus(ttl)));
    return target;
  }

  /** The current baseline, read now (the query path: never a cached one). */
  Optional<Target> load(String tenant, long deploymentId) {
    return baselines
        .of(tenant, deploymentId)
        .map(
            f ->
                new Target(
                    new BaselineKey(f.baseline().versionId, f.baseline().sha256),
                    profiles.of(f.baseline()),
                    f.revision().model,
                    f.revision().modelVersion));
  }
}
