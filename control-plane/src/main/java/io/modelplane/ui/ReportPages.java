package io.modelplane.ui;

import io.modelplane.report.api.ReportJobView;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import java.util.List;

/** The reports pages: issued reports with a form to request one, and one report's progress. */
@CheckedTemplate(basePath = "ReportPages")
final class ReportPages {

  private ReportPages() {}

  static native TemplateInstance reports(
      Shell shell, List<Row> reports, String defaultFrom, String defaultTo);

  static native TemplateInstance report(Shell shell, Row row);

  /** A report job with its status badge and whether it is still being built. */
  record Row(ReportJobView job, String css, boolean open) {

    static Row of(ReportJobView j) {
      String css =
          switch (j.status()) {
            case "succeeded" -> "status-succeeded";
            case "failed" -> "status-degraded";
            case "running" -> "status-progressing";
            default -> "status-pending";
          };
      return new Row(j, css, j.status().equals("queued") || j.status().equals("running"));
    }

    /** Where the browser downloads the document (the UI's session, not a bearer token). */
    public String download() {
      return "/ui/t/%s/reports/%d/content".formatted(job.tenant(), job.id());
    }
  }
}
