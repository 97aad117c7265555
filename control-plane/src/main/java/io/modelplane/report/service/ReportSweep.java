package io.modelplane.report.service;

import io.modelplane.leader.Leadership;
import io.modelplane.persistence.TenantWork;
import io.modelplane.report.persistence.ReportJob;
import io.modelplane.report.persistence.ReportJobRepository;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The leader's care for jobs lost with their replica (it died or restarted while a job waited or
 * ran): a report only reads, so a lost job is queued again and built here, until it has been
 * started {@code max-attempts} times; then it is marked failed.
 */
@ApplicationScoped
public class ReportSweep {

  @Inject Leadership leadership;
  @Inject TenantWork tenantWork;
  @Inject ReportJobRepository jobs;
  @Inject ReportWorker worker;
  @Inject ReportConfig config;
  @Inject Clock clock;

  /** What the sweep did with the lost jobs it found. */
  public record Swept(int retried, int failed) {}

  @Scheduled(
      every = "${modelplane.reports.tick:1m}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void tick() {
    if (leadership.isLeader()) {
      sweep();
    }
  }

  public Swept sweep() {
    Instant cutoff = clock.instant().minus(config.staleAfter());
    List<Object[]> stale = tenantWork.inTransaction("", () -> jobs.staleJobs(cutoff));
    List<Object[]> retry = new ArrayList<>();
    int failed = 0;
    for (Object[] row : stale) {
      String tenant = (String) row[0];
      long id = ((Number) row[1]).longValue();
      String outcome = tenantWork.inTransaction(tenant, () -> recover(tenant, id, cutoff));
      if ("retry".equals(outcome)) {
        retry.add(row);
      } else if ("failed".equals(outcome)) {
        failed++;
      }
    }
    retry.forEach(row -> worker.submit((String) row[0], ((Number) row[1]).longValue()));
    return new Swept(retry.size(), failed);
  }

  private String recover(String tenant, long id, Instant cutoff) {
    ReportJob job = jobs.job(tenant, id);
    if (job.finished() || !job.heartbeatAt.isBefore(cutoff)) {
      return "alive";
    }
    Instant now = clock.instant();
    if (job.attempts >= config.maxAttempts()) {
      job.status = ReportJob.FAILED;
      job.error =
          "the control-plane replica building this report stopped %d times; request it again"
              .formatted(job.attempts);
      job.finishedAt = now;
      return "failed";
    }
    job.status = ReportJob.QUEUED;
    job.section = null;
    job.progress = 0;
    job.heartbeatAt = now;
    return "retry";
  }
}
