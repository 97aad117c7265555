package io.modelplane.ui;

import io.modelplane.latency.service.LatencyWindows.RevisionLatency;
import io.modelplane.monitor.persistence.Monitor;
import io.modelplane.monitor.service.AlertQueries;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import java.util.List;

/** Monitoring pages: a deployment's latency, drift, monitors and alerts; a tenant's alerts. */
@CheckedTemplate(basePath = "MonitoringPages")
final class MonitoringPages {

  private MonitoringPages() {}

  static native TemplateInstance monitoring(
      Shell shell,
      String deployment,
      String window,
      List<String> windows,
      LatencyChart chart,
      List<RevisionLatency> revisions,
      DriftPanel drift,
      DriftHeatmap heatmap,
      List<Monitor> monitors,
      List<AlertQueries.Named> alerts);

  static native TemplateInstance alerts(Shell shell, List<AlertQueries.Named> alerts);
}
