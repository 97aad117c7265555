package io.modelplane.report.service;

import io.modelplane.persistence.HeldJobs;
import io.modelplane.persistence.TenantWork;
import io.modelplane.report.persistence.ReportJobRepository;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;

/**
 * Builds reports off the request path, a few at a time ({@code modelplane.reports.workers}). Every
 * job this replica holds, waiting or running, is touched every 30 s, so the leader can tell the
 * jobs of a replica that died from slow ones.
 */
@ApplicationScoped
public class ReportWorker {

  @Inject ReportExecution execution;
  @Inject ReportConfig config;
  @Inject TenantWork tenantWork;
  @Inject ReportJobRepository repository;
  @Inject Clock clock;

  private HeldJobs jobs;

  @PostConstruct
  void start() {
    jobs = new HeldJobs("report", config.workers());
  }

  /** Builds the report when a worker is free; call after the job's transaction committed. */
  public void submit(String tenant, long id) {
    jobs.submit(tenant, id, execution::run);
  }

  /** Builds the report while the caller waits (the synchronous download). */
  public void runAndWait(String tenant, long id) {
    jobs.runAndWait(tenant, id, execution::run);
  }

  @Scheduled(every = "30s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void heartbeat() {
    jobs.touch(tenantWork, (tenant, ids) -> repository.heartbeat(tenant, ids, clock.instant()));
  }

  void onStop(@Observes ShutdownEvent event) {
    jobs.shutdown();
  }
}
