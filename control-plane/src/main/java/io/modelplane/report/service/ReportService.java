package io.modelplane.report.service;

import io.modelplane.kernel.error.ConflictException;
import io.modelplane.report.persistence.ReportJob;
import io.modelplane.report.persistence.ReportJobRepository;
import io.modelplane.report.persistence.ReportJobRepository.Content;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;

/**
 * Issues reports: every report, whether built in the background or for a synchronous download, is a
 * stored job, so the next report of the tenant can prove consistency from its checkpoint.
 */
@ApplicationScoped
public class ReportService {

  @Inject ReportJobRepository jobs;
  @Inject ReportWorker worker;
  @Inject Clock clock;

  /** Stores the job as {@code queued} and hands it to a worker once that is committed. */
  public ReportJob request(String tenant, ReportSpec spec, String actor) {
    ReportJob job = create(tenant, spec, actor);
    worker.submit(tenant, job.id);
    return job;
  }

  /** Builds the report now, on this thread; the finished job (succeeded or failed). */
  public ReportJob build(String tenant, ReportSpec spec, String actor) {
    ReportJob job = create(tenant, spec, actor);
    worker.runAndWait(tenant, job.id);
    return QuarkusTransaction.requiringNew().call(() -> jobs.job(tenant, job.id));
  }

  public List<ReportJob> list(String tenant, Long before, int limit) {
    return QuarkusTransaction.joiningExisting().call(() -> jobs.jobs(tenant, before, limit));
  }

  public ReportJob get(String tenant, long id) {
    return QuarkusTransaction.joiningExisting().call(() -> jobs.job(tenant, id));
  }

  /** The document of a succeeded job; 409 while it is being built or when it failed. */
  public Content content(String tenant, long id) {
    return QuarkusTransaction.joiningExisting()
        .call(
            () -> {
              ReportJob job = jobs.job(tenant, id);
              if (!ReportJob.SUCCEEDED.equals(job.status)) {
                throw new ConflictException(
                    "report %d is %s; its document is there once it succeeded"
                        .formatted(id, job.status));
              }
              return jobs.content(tenant, id).orElseThrow();
            });
  }

  private ReportJob create(String tenant, ReportSpec spec, String actor) {
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              ReportJob job = new ReportJob();
              job.tenant = tenant;
              job.kind = spec.kind();
              job.format = spec.format().id();
              job.from = spec.from();
              job.to = spec.to();
              job.status = ReportJob.QUEUED;
              job.requestedBy = actor;
              job.requestedAt = clock.instant();
              job.heartbeatAt = job.requestedAt;
              jobs.persist(job);
              return job;
            });
  }
}
