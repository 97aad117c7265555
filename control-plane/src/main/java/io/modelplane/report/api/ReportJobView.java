package io.modelplane.report.api;

import io.modelplane.kernel.tenancy.AuditedResource;
import io.modelplane.report.persistence.ReportJob;
import java.time.Instant;

/**
 * A report job: {@code status} queued → running → succeeded | failed, {@code progress} 0–100 with
 * the {@code section} being built; once succeeded, {@code content} downloads the document and
 * {@code checkpointId}/{@code checkpointTreeSize} name the signed checkpoint it embeds.
 */
public record ReportJobView(
    long id,
    String tenant,
    String kind,
    String format,
    Instant from,
    Instant to,
    String status,
    int progress,
    String section,
    int attempts,
    String error,
    String requestedBy,
    Instant requestedAt,
    Instant startedAt,
    Instant finishedAt,
    Long checkpointId,
    Long checkpointTreeSize,
    Long previousReportId,
    String contentType,
    String contentSha256,
    String self,
    String content)
    implements AuditedResource {

  public static ReportJobView of(ReportJob j) {
    String self = "/api/v1/tenants/%s/reports/%d".formatted(j.tenant, j.id);
    return new ReportJobView(
        j.id,
        j.tenant,
        j.kind,
        j.format,
        j.from,
        j.to,
        j.status,
        j.progress,
        j.section,
        j.attempts,
        j.error,
        j.requestedBy,
        j.requestedAt,
        j.startedAt,
        j.finishedAt,
        j.checkpointId,
        j.checkpointTreeSize,
        j.previousReportId,
        j.contentType,
        j.contentSha256,
        self,
        ReportJob.SUCCEEDED.equals(j.status) ? self + "/content" : null);
  }

  @Override
  public String auditTenant() {
    return tenant;
  }

  @Override
  public String auditId() {
    return String.valueOf(id);
  }
}
