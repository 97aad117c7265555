package io.modelplane.privacy.service;

import io.modelplane.leader.Leadership;
import io.modelplane.persistence.TenantWork;
import io.modelplane.privacy.persistence.PrivacyRepository;
import io.modelplane.privacy.retention.RetentionParticipant;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import org.jboss.logging.Logger;

/**
 * Deletes data older than each tenant's retention period, on the leader only, by asking every
 * {@link RetentionParticipant} (payload samples here; other features add theirs) to purge up to the
 * tenant's cutoff, each in its own transaction as the tenant.
 */
@ApplicationScoped
public class RetentionJob {

  private static final Logger LOG = Logger.getLogger(RetentionJob.class);

  @Inject Leadership leadership;
  @Inject TenantWork tenantWork;
  @Inject PrivacyRepository repository;
  @Inject PrivacySettingsService settings;
  @Inject Instance<RetentionParticipant> participants;
  @Inject Clock clock;

  @Scheduled(
      every = "${modelplane.privacy.purge-every:1h}",
      delayed = "1m",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void tick() {
    if (leadership.isLeader()) {
      purgeAll();
    }
  }

  /** Purges every tenant; returns the items deleted per tenant and participant. */
  public Map<String, Long> purgeAll() {
    Integer defaultDays = settings.defaults().retentionDays();
    Map<String, Long> deleted = new TreeMap<>();
    for (PrivacyRepository.Policy policy : tenantWork.inTransaction("", repository::policies)) {
      Integer days = policy.hasSettings() ? policy.retentionDays() : defaultDays;
      if (days != null) {
        deleted.putAll(purge(policy.tenant(), clock.instant().minus(Duration.ofDays(days))));
      }
    }
    return deleted;
  }

  /** Purges one tenant's data older than {@code cutoff}. */
  public Map<String, Long> purge(String tenant, Instant cutoff) {
    Map<String, Long> deleted = new TreeMap<>();
    for (RetentionParticipant participant : participants) {
      try {
        long n = tenantWork.inTransaction(tenant, () -> participant.purge(tenant, cutoff));
        deleted.put(tenant + "/" + participant.name(), n);
        if (n > 0) {
          LOG.infof(
              "retention: deleted %d %s of %s before %s", n, participant.name(), tenant, cutoff);
        }
      } catch (RuntimeException e) {
        LOG.warnf(
            "retention: purging %s of %s failed: %s", participant.name(), tenant, e.getMessage());
      }
    }
    return deleted;
  }
}
