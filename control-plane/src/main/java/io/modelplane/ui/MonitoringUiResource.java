package io.modelplane.ui;

import static io.modelplane.security.TenantRole.ADMIN;
import static io.modelplane.security.TenantRole.AUDITOR;
import static io.modelplane.security.TenantRole.ENGINEER;
import static io.modelplane.security.TenantRole.VIEWER;

import io.modelplane.deployment.service.DeploymentQueries;
import io.modelplane.latency.service.LatencyWindows;
import io.modelplane.monitor.service.AlertQueries;
import io.modelplane.monitor.service.MonitorService;
import io.modelplane.security.Caller;
import io.modelplane.security.TenantAccess;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Monitoring pages of the admin UI, for every role of the tenant: {@code /ui/t/{tenant}/monitoring}
 * (alerts) and {@code /ui/t/{tenant}/monitoring/{deployment}} (latency, drift, monitors, alerts).
 */
@Path("/ui/t/{tenant}/monitoring")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class MonitoringUiResource {

  static final Map<String, Duration> WINDOWS = new LinkedHashMap<>();

  static {
    WINDOWS.put("1h", Duration.ofHours(1));
    WINDOWS.put("6h", Duration.ofHours(6));
    WINDOWS.put("24h", Duration.ofHours(24));
    WINDOWS.put("7d", Duration.ofDays(7));
    WINDOWS.put("30d", Duration.ofDays(30));
  }

  @Inject Caller caller;
  @Inject DeploymentQueries deployments;
  @Inject LatencyWindows latency;
  @Inject MonitorService monitors;
  @Inject AlertQueries alerts;
  @Inject DriftPanels drift;
  @Inject Clock clock;

  @GET
  @Path("{deployment}")
  @TenantAccess({ADMIN, ENGINEER, VIEWER, AUDITOR})
  public TemplateInstance monitoring(
      @PathParam("tenant") String tenant,
      @PathParam("deployment") String deployment,
      @QueryParam("window") String window) {
    String chosen = WINDOWS.containsKey(window) ? window : "1h";
    Instant to = clock.instant();
    Instant from = to.minus(WINDOWS.get(chosen));
    long id = deployments.details(tenant, deployment).deployment().id;
    var revisions = latency.window(id, from, to);
    return MonitoringPages.monitoring(
        Shell.of(caller, tenant),
        deployment,
        chosen,
        List.copyOf(WINDOWS.keySet()),
        LatencyChart.of(revisions, from, to),
        revisions,
        drift.of(tenant, id, from, to),
        drift.heatmap(tenant, id, deployment, chosen, WINDOWS.get(chosen)),
        monitors.list(tenant, deployment),
        alerts.list(tenant, deployment, null, null, 50));
  }

  /** The tenant's alerts, newest first. */
  @GET
  @TenantAccess({ADMIN, ENGINEER, VIEWER, AUDITOR})
  public TemplateInstance alerts(@PathParam("tenant") String tenant) {
    return MonitoringPages.alerts(
        Shell.of(caller, tenant), alerts.list(tenant, null, null, null, 200));
  }
}
