package io.modelplane.report.service;

import io.modelplane.persistence.TenantWork;
import io.modelplane.report.persistence.ReportJob;
import io.modelplane.report.persistence.ReportJobRepository;
import io.modelplane.report.persistence.ReportJobRepository.Content;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Runs one report job: claims it ({@code queued → running}), reads the sections one by one
 * (progress after each), renders the format, and stores the document with the checkpoint it embeds
 * ({@code succeeded}), or the reason it could not ({@code failed}).
 */
@ApplicationScoped
class ReportExecution {

  private static final Logger LOG = Logger.getLogger(ReportExecution.class);

  @Inject TenantWork tenantWork;
  @Inject ReportJobRepository jobs;
  @Inject SectionReader sections;
  @Inject ChainReader chain;
  @Inject ReportRenderer renderer;
  @Inject Clock clock;

  void run(String tenant, long id) {
    ReportJob job = tenantWork.inTransaction(tenant, () -> claim(tenant, id));
    if (job == null) {
      return;
    }
    try {
      Instant from = job.from;
      Instant to = job.to;
      progress(tenant, id, "inventory", 5);
      var inventory = sections.inventory(tenant, from, to);
      progress(tenant, id, "production", 20);
      var production = sections.production(tenant, from, to);
      progress(tenant, id, "monitoring", 35);
      var monitoring = sections.monitoring(tenant, from, to);
      progress(tenant, id, "privacy", 45);
      var privacy = sections.privacy(tenant, from, to);
      progress(tenant, id, "access", 55);
      var access = sections.access(tenant, from, to);
      progress(tenant, id, "chain", 65);
      ChainReader.Result evidence = chain.read(tenant, id);
      progress(tenant, id, "render", 90);
      AuditReport report =
          new AuditReport(
              AuditReport.SCHEMA,
              id,
              tenant,
              from,
              to,
              clock.instant(),
              job.requestedBy,
              ControlMapping.ALL,
              inventory,
              production,
              monitoring,
              privacy,
              access,
              evidence.evidence());
      Content content = renderer.render(report, ReportFormat.parse(job.format, "format"));
      tenantWork.run(tenant, () -> succeed(tenant, id, evidence, content));
    } catch (RuntimeException e) {
      String incident = UUID.randomUUID().toString();
      LOG.errorf(e, "report %s/%d failed; incident %s", tenant, id, incident);
      fail(tenant, id, "internal error; incident " + incident);
    }
  }

  private ReportJob claim(String tenant, long id) {
    ReportJob job = jobs.job(tenant, id);
    if (!ReportJob.QUEUED.equals(job.status)) {
      return null;
    }
    job.status = ReportJob.RUNNING;
    job.attempts++;
    job.startedAt = clock.instant();
    job.heartbeatAt = job.startedAt;
    job.progress = 0;
    return job;
  }

  private void progress(String tenant, long id, String section, int percent) {
    tenantWork.run(
        tenant,
        () -> {
          ReportJob job = jobs.job(tenant, id);
          job.section = section;
          job.progress = percent;
          job.heartbeatAt = clock.instant();
        });
  }

  private void succeed(String tenant, long id, ChainReader.Result evidence, Content content) {
    ReportJob job = jobs.job(tenant, id);
    job.status = ReportJob.SUCCEEDED;
    job.progress = 100;
    job.section = null;
    job.finishedAt = clock.instant();
    job.checkpointId = evidence.checkpoint().id();
    job.checkpointTreeSize = evidence.checkpoint().treeSize();
    job.previousReportId = evidence.evidence().previousReportId();
    job.contentType = content.contentType();
    job.contentSha256 = content.sha256();
    jobs.flush();
    jobs.storeContent(tenant, id, content);
  }

  private void fail(String tenant, long id, String reason) {
    try {
      tenantWork.run(
          tenant,
          () -> {
            ReportJob job = jobs.job(tenant, id);
            job.status = ReportJob.FAILED;
            job.error = reason;
            job.finishedAt = clock.instant();
          });
    } catch (RuntimeException e) {
      LOG.warnf(e, "could not record the failure of report %s/%d", tenant, id);
    }
  }
}
