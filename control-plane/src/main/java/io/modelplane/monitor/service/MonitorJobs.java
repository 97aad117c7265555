package io.modelplane.monitor.service;

import io.modelplane.leader.LeaderOnly;
import io.modelplane.monitor.persistence.MonitorRepository;
import io.modelplane.monitor.persistence.MonitorRepository.Key;
import io.modelplane.persistence.TenantWork;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/** The leader evaluates every enabled monitor and delivers due notifications, on a schedule. */
@ApplicationScoped
public class MonitorJobs {

  private static final Logger LOG = Logger.getLogger(MonitorJobs.class);

  @Inject MonitorRepository repository;
  @Inject MonitorEvaluations evaluations;
  @Inject Notifier notifier;
  @Inject TenantWork tenantWork;

  @Scheduled(
      every = "${modelplane.monitors.evaluate:30s}",
      delayed = "10s",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  @LeaderOnly
  void evaluateAll() {
    for (Key key : tenantWork.inTransaction("", repository::monitorsToEvaluate)) {
      try {
        tenantWork.run(key.tenant(), () -> evaluations.evaluate(key.id()));
      } catch (RuntimeException e) {
        LOG.warnf(e, "could not evaluate monitor %d of %s", key.id(), key.tenant());
      }
    }
  }

  @Scheduled(
      every = "${modelplane.webhooks.deliver:5s}",
      delayed = "10s",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  @LeaderOnly
  void deliver() {
    notifier.deliverDue();
  }
}
