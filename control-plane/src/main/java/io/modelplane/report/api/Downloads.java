package io.modelplane.report.api;

import io.modelplane.report.persistence.ReportJob;
import io.modelplane.report.persistence.ReportJobRepository.Content;
import jakarta.ws.rs.core.Response;

/** A report document as a download: its type, a file name, and its SHA-256 to check it by. */
public final class Downloads {

  private Downloads() {}

  public static Response.ResponseBuilder of(ReportJob job, Content content) {
    String name = "audit-report-%s-%d.%s".formatted(job.tenant, job.id, job.format);
    return Response.ok(content.bytes())
        .type(content.contentType())
        .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
        .header("X-Report-Id", job.id)
        .header("X-Content-Sha256", content.sha256());
  }
}
