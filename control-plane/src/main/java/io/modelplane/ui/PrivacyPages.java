package io.modelplane.ui;

import io.modelplane.privacy.api.ScanView;
import io.modelplane.privacy.api.SettingsView;
import io.modelplane.privacy.persistence.ScanTarget;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import java.util.List;

/** The privacy pages: scans with a form to start one, and one scan's findings. */
@CheckedTemplate(basePath = "PrivacyPages")
final class PrivacyPages {

  private PrivacyPages() {}

  static native TemplateInstance privacy(
      Shell shell,
      List<Row> scans,
      SettingsView settings,
      List<String> entityTypes,
      boolean canScan);

  static native TemplateInstance scan(Shell shell, Row row);

  /** A scan with what the pages show about it: a status badge and its target in words. */
  record Row(ScanView scan, String css, String target, boolean open) {

    static Row of(ScanView s) {
      String css =
          switch (s.status()) {
            case "succeeded" -> "status-succeeded";
            case "failed" -> "status-degraded";
            case "running" -> "status-progressing";
            default -> "status-pending";
          };
      return new Row(
          s,
          css,
          describe(s.target()),
          s.status().equals("pending") || s.status().equals("running"));
    }

    /** Progress of a running scan in whole percent. */
    public long percent() {
      return Math.round(scan.progress() * 100);
    }

    private static String describe(ScanTarget t) {
      return switch (t.type()) {
        case ScanTarget.BASELINE -> "baseline of " + t.model() + " v" + t.version();
        case ScanTarget.PAYLOADS ->
            "payloads of " + t.deployment() + " from " + t.from() + " to " + t.to();
        case ScanTarget.METADATA ->
            t.model() == null
                ? "metadata of all models"
                : "metadata of " + t.model() + (t.version() == null ? "" : " v" + t.version());
        default -> "file " + t.fileName() + " (" + t.format() + ", " + t.size() + " bytes)";
      };
    }
  }
}
