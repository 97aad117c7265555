package io.modelplane.drift.service;

import io.modelplane.drift.persistence.DriftWindowStore;
import io.modelplane.privacy.retention.RetentionParticipant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;

/**
 * Drift window profiles follow the tenant's retention like the samples they were built from: minute
 * and hour rows older than the cutoff are deleted by the leader's retention job.
 */
@ApplicationScoped
public class DriftWindowRetention implements RetentionParticipant {

  @Inject DriftWindowStore store;

  @Override
  public String name() {
    return "drift-windows";
  }

  @Override
  public long purge(String tenant, Instant cutoff) {
    return store.purge(tenant, cutoff);
  }
}
