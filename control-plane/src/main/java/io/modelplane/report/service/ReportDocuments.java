package io.modelplane.report.service;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The XHTML documents rendered to PDF (well-formed XML, unlike the UI pages). */
@CheckedTemplate(basePath = "ReportDocuments")
final class ReportDocuments {

  private ReportDocuments() {}

  static native TemplateInstance audit(AuditReport r);
}
