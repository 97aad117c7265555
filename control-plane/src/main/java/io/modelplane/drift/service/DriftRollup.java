package io.modelplane.drift.service;

import io.modelplane.drift.persistence.DriftWindowStore;
import io.modelplane.drift.persistence.DriftWindowStore.PendingHour;
import io.modelplane.leader.LeaderOnly;
import io.modelplane.monitoring.profile.DatasetProfile;
import io.modelplane.persistence.TenantWork;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Merges each closed hour's minute profiles (all replicas) into one hour row, so a 30-day window
 * merges about 720 profiles instead of 43,200; minute rows are kept a while for minute-resolution
 * timelines, then purged. Leader only; the unique hour index makes a repeated roll-up a no-op.
 */
@ApplicationScoped
public class DriftRollup {

  private static final Logger LOG = Logger.getLogger(DriftRollup.class);

  @Inject DriftWindowStore store;
  @Inject TenantWork tenantWork;
  @Inject Clock clock;

  /** How long after an hour ends its minutes are rolled up: replicas flush within a minute. */
  @ConfigProperty(name = "modelplane.drift.rollup-grace", defaultValue = "3m")
  Duration grace;

  @ConfigProperty(name = "modelplane.drift.minute-retention", defaultValue = "48h")
  Duration minuteRetention;

  @Scheduled(
      every = "${modelplane.drift.rollup:1m}",
      delayed = "40s",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  @LeaderOnly
  void scheduled() {
    rollUp();
  }

  /** Rolls up every pending hour and purges old rolled-up minutes; returns the hours rolled up. */
  public int rollUp() {
    Instant now = clock.instant();
    List<PendingHour> pending =
        tenantWork.inTransaction("", () -> store.pendingHours(now.minus(grace)));
    for (PendingHour hour : pending) {
      try {
        tenantWork.run(hour.tenant(), () -> rollUp(hour));
      } catch (RuntimeException e) {
        LOG.warnf(e, "could not roll up drift profiles of %s", hour);
      }
    }
    for (String tenant : tenantWork.inTransaction("", store::tenants)) {
      tenantWork.run(tenant, () -> store.purgeRolledUpMinutes(now.minus(minuteRetention)));
    }
    return pending.size();
  }

  private void rollUp(PendingHour hour) {
    List<Object[]> minutes = store.minutesOf(hour.deploymentId(), hour.baseline(), hour.hour());
    if (minutes.isEmpty()) {
      return;
    }
    long samples = 0;
    ProfileMerger merged = new ProfileMerger();
    for (Object[] m : minutes) {
      samples += ((Number) m[0]).longValue();
      merged.add(DatasetProfile.fromBytes((byte[]) m[1]));
    }
    store.add(
        hour.tenant(),
        hour.deploymentId(),
        hour.baseline(),
        DriftWindowStore.HOUR,
        hour.hour(),
        "*",
        samples,
        merged.result().orElseThrow().toBytes());
  }
}
