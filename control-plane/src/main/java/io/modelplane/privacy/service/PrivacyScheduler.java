package io.modelplane.privacy.service;

import io.modelplane.leader.Leadership;
import io.modelplane.persistence.TenantWork;
import io.modelplane.privacy.persistence.PrivacyRepository;
import io.modelplane.privacy.persistence.PrivacyScan;
import io.modelplane.privacy.persistence.ScanSchedule;
import io.modelplane.privacy.persistence.ScanTarget;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.jboss.logging.Logger;

/**
 * The leader's privacy jobs: starts tenants' scheduled scans when due (a payload target covers the
 * interval since the previous run) and fails scans whose replica stopped touching them.
 */
@ApplicationScoped
public class PrivacyScheduler {

  private static final Logger LOG = Logger.getLogger(PrivacyScheduler.class);

  @Inject Leadership leadership;
  @Inject TenantWork tenantWork;
  @Inject PrivacyRepository repository;
  @Inject ScanService scans;
  @Inject PrivacyConfig config;
  @Inject Clock clock;

  @Scheduled(
      every = "${modelplane.privacy.tick:1m}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void tick() {
    if (leadership.isLeader()) {
      failStale();
      startDue();
    }
  }

  /** Marks scans failed whose replica has not touched them within {@code stale-after}. */
  public int failStale() {
    Instant cutoff = clock.instant().minus(config.staleAfter());
    int failed = 0;
    for (Object[] row : tenantWork.inTransaction("", () -> repository.staleScans(cutoff))) {
      String tenant = (String) row[0];
      long id = ((Number) row[1]).longValue();
      failed +=
          tenantWork.inTransaction(
              tenant,
              () -> {
                PrivacyScan scan = repository.scan(tenant, id);
                if (scan.finished() || !scan.heartbeatAt.isBefore(cutoff)) {
                  return 0;
                }
                scan.status = PrivacyScan.FAILED;
                scan.error =
                    "the control-plane replica running this scan stopped; start the scan again";
                scan.finishedAt = clock.instant();
                return 1;
              });
    }
    return failed;
  }

  /** Starts every scheduled scan that is due; returns how many started. */
  public int startDue() {
    Instant now = clock.instant();
    int started = 0;
    for (PrivacyRepository.Policy policy : tenantWork.inTransaction("", repository::policies)) {
      ScanSchedule schedule = policy.schedule();
      if (schedule == null) {
        continue;
      }
      Duration every = Duration.parse(schedule.every());
      Instant last = policy.lastScheduledScanAt();
      if (last != null && last.plus(every).isAfter(now)) {
        continue;
      }
      String tenant = policy.tenant();
      try {
        ScanTarget target = target(schedule, now.minus(every), now);
        tenantWork.run(tenant, () -> scans.scheduled(tenant, target, schedule.entities()));
        started++;
      } catch (RuntimeException e) {
        LOG.warnf("scheduled privacy scan of %s could not start: %s", tenant, e.getMessage());
      }
      tenantWork.run(tenant, () -> repository.markScheduled(tenant, now));
    }
    return started;
  }

  private static ScanTarget target(ScanSchedule schedule, Instant from, Instant to) {
    ScanTarget t = schedule.target();
    return ScanTarget.PAYLOADS.equals(t.type()) ? ScanTarget.payloads(t.deployment(), from, to) : t;
  }
}
