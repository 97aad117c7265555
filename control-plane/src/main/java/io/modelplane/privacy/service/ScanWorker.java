package io.modelplane.privacy.service;

import io.modelplane.persistence.HeldJobs;
import io.modelplane.persistence.TenantWork;
import io.modelplane.privacy.persistence.PrivacyRepository;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;

/**
 * Runs scans off the request path, a few at a time ({@code modelplane.privacy.workers}); the rest
 * wait in line. Every scan this replica holds, waiting or running, is touched every 30 s so the
 * leader can tell scans of a replica that died (and mark them failed) from slow ones.
 */
@ApplicationScoped
public class ScanWorker {

  @Inject ScanExecution execution;
  @Inject PrivacyConfig config;
  @Inject TenantWork tenantWork;
  @Inject PrivacyRepository repository;
  @Inject Clock clock;

  private HeldJobs jobs;

  @PostConstruct
  void start() {
    jobs = new HeldJobs("privacy-scan", config.workers());
  }

  /** Runs the scan when a worker is free; call after the scan's transaction committed. */
  public void submit(String tenant, long id) {
    jobs.submit(tenant, id, execution::run);
  }

  @Scheduled(every = "30s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void heartbeat() {
    jobs.touch(tenantWork, (tenant, ids) -> repository.heartbeat(tenant, ids, clock.instant()));
  }

  void onStop(@Observes ShutdownEvent event) {
    jobs.shutdown();
  }
}
