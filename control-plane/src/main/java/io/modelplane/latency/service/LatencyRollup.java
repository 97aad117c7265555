package io.modelplane.latency.service;

import io.modelplane.latency.persistence.LatencyBucket;
import io.modelplane.latency.persistence.LatencyBuckets;
import io.modelplane.latency.persistence.LatencyBuckets.PendingHour;
import io.modelplane.leader.LeaderOnly;
import io.modelplane.monitoring.latency.LatencySketch;
import io.modelplane.persistence.TenantWork;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Merges each closed hour's minute rows (all replicas) into one hour row, so a 30-day window merges
 * 720 sketches, not 43,200; minute rows are then kept for a while for minute-resolution charts.
 * Leader only; the unique hour index makes a repeated roll-up a no-op.
 */
@ApplicationScoped
public class LatencyRollup {

  private static final Logger LOG = Logger.getLogger(LatencyRollup.class);

  @Inject LatencyBuckets buckets;
  @Inject TenantWork tenantWork;
  @Inject EntityManager em;
  @Inject Clock clock;

  /** How long after an hour ends its minutes are rolled up: replicas flush within a minute. */
  @ConfigProperty(name = "modelplane.latency.rollup-grace", defaultValue = "3m")
  Duration grace;

  @ConfigProperty(name = "modelplane.latency.minute-retention", defaultValue = "48h")
  Duration minuteRetention;

  @Scheduled(
      every = "${modelplane.latency.rollup:1m}",
      delayed = "30s",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  @LeaderOnly
  void scheduled() {
    rollUp();
  }

  /** Rolls up every pending hour and purges old rolled-up minutes; returns the hours rolled up. */
  public int rollUp() {
    Instant now = clock.instant();
    List<PendingHour> pending =
        tenantWork.inTransaction("", () -> buckets.pendingHours(now.minus(grace)));
    for (PendingHour hour : pending) {
      try {
        tenantWork.run(hour.tenant(), () -> rollUp(hour));
      } catch (RuntimeException e) {
        LOG.warnf(e, "could not roll up latency of %s", hour);
      }
    }
    for (String tenant : tenantWork.inTransaction("", buckets::tenants)) {
      tenantWork.run(tenant, () -> buckets.purgeRolledUpMinutes(now.minus(minuteRetention)));
    }
    return pending.size();
  }

  private void rollUp(PendingHour hour) {
    List<LatencyBucket> minutes =
        buckets.minutesOf(hour.deploymentId(), hour.revision(), hour.hour());
    LatencySketch merged = LatencySketch.empty();
    minutes.forEach(m -> merged.mergeWith(LatencySketch.of(m.sketch, m.requests, m.errors)));
    em.createNativeQuery(
            "INSERT INTO latency_bucket (tenant, deployment_id, revision, resolution, bucket_start,"
                + " replica, requests, errors, sketch) VALUES (:t, :d, :r, 'hour', :h, '*', :n, :e,"
                + " :s) ON CONFLICT DO NOTHING")
        .setParameter("t", hour.tenant())
        .setParameter("d", hour.deploymentId())
        .setParameter("r", hour.revision())
        .setParameter("h", java.sql.Timestamp.from(hour.hour()))
        .setParameter("n", merged.requests())
        .setParameter("e", merged.errors())
        .setParameter("s", merged.encode())
        .executeUpdate();
  }
}
