package io.modelplane.latency.service;

import io.modelplane.privacy.retention.RetentionParticipant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;

/**
 * Monitoring windows follow the tenant's retention too: latency rows (minutes and hour roll-ups)
 * older than the cutoff are deleted by the leader's retention job.
 */
@ApplicationScoped
public class LatencyRetention implements RetentionParticipant {

  @Inject EntityManager em;

  @Override
  public String name() {
    return "latency-windows";
  }

  @Override
  public long purge(String tenant, Instant cutoff) {
    return em.createQuery("DELETE FROM LatencyBucket WHERE tenant = :t AND bucketStart < :cutoff")
        .setParameter("t", tenant)
        .setParameter("cutoff", cutoff)
        .executeUpdate();
  }
}
