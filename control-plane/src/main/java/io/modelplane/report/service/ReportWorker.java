package io.modelplane.report.service;

import io.modelplane.persistence.TenantWork;
import io.modelplane.report.persistence.ReportJobRepository;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Builds reports off the request path, a few at a time ({@code modelplane.reports.workers}). Every
 * job this replica holds, waiting or running, is touched every 30 s, so the leader can tell the
 * jobs of a replica that died from slow ones.
 */
@ApplicationScoped
public class ReportWorker {

  private static final Logger LOG = Logger.getLogger(ReportWorker.class);

  @Inject ReportExecution execution;
  @Inject ReportConfig config;
  @Inject TenantWork tenantWork;
  @Inject ReportJobRepository jobs;
  @Inject Clock clock;

  private record Held(String tenant, long id) {}

  private final Set<Held> held = ConcurrentHashMap.newKeySet();
  private ExecutorService pool;

  @PostConstruct
  void start() {
    pool =
        Executors.newFixedThreadPool(
            Math.max(1, config.workers()),
            Thread.ofPlatform().daemon().name("report-", 0).factory());
  }

  /** Builds the report when a worker is free; call after the job's transaction committed. */
  public void submit(String tenant, long id) {
    Held job = new Held(tenant, id);
    held.add(job);
    pool.execute(
        () -> {
          try {
            execution.run(tenant, id);
          } finally {
            held.remove(job);
          }
        });
  }

  /**
   * Builds the report while the caller waits (the synchronous download). It runs on a thread of its
   * own, because a job enters and leaves its tenant's context, which must not end the caller's.
   */
  public void runAndWait(String tenant, long id) {
    Held job = new Held(tenant, id);
    held.add(job);
    Thread builder =
        Thread.ofPlatform()
            .name("report-inline-" + id)
            .start(
                () -> {
                  try {
                    execution.run(tenant, id);
                  } finally {
                    held.remove(job);
                  }
                });
    try {
      builder.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while building report " + id, e);
    }
  }

  @Scheduled(every = "30s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void heartbeat() {
    Map<String, List<Long>> byTenant =
        held.stream()
            .collect(
                Collectors.groupingBy(
                    Held::tenant, Collectors.mapping(Held::id, Collectors.toList())));
    byTenant.forEach(
        (tenant, ids) -> {
          try {
            tenantWork.run(tenant, () -> jobs.heartbeat(tenant, ids, clock.instant()));
          } catch (RuntimeException e) {
            LOG.warnf("could not touch report jobs of %s: %s", tenant, e.getMessage());
          }
        });
  }

  void onStop(@Observes ShutdownEvent event) {
    pool.shutdownNow();
  }
}
