package io.modelplane.drift.api;

import static io.modelplane.security.TenantRole.ADMIN;
import static io.modelplane.security.TenantRole.AUDITOR;
import static io.modelplane.security.TenantRole.ENGINEER;
import static io.modelplane.security.TenantRole.VIEWER;

import io.modelplane.deployment.service.DeploymentQueries;
import io.modelplane.drift.service.DriftWindows;
import io.modelplane.kernel.error.InvalidInputException;
import io.modelplane.security.TenantAccess;
import io.modelplane.web.TimeWindow;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Data and prediction drift of a deployment's sampled traffic against its baseline. */
@Path("/api/v1/tenants/{tenant}/deployments/{deployment}/drift")
@Authenticated
@Tag(name = "monitoring")
@Produces(MediaType.APPLICATION_JSON)
public class DriftResource {

  @Inject DeploymentQueries deployments;
  @Inject DriftWindows drift;
  @Inject Clock clock;

  /**
   * {@code from}/{@code to}: ISO-8601 instants (default: the last 24 hours, at most 31 days);
   * {@code threshold} overrides every column's statistic threshold.
   */
  @GET
  @TenantAccess({ADMIN, ENGINEER, VIEWER, AUDITOR})
  public DriftView drift(
      @PathParam("tenant") String tenant,
      @PathParam("deployment") String deployment,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("threshold") Double threshold) {
    TimeWindow window = TimeWindow.parse(from, to, clock.instant(), Duration.ofHours(24));
    if (threshold != null && !(threshold > 0)) {
      throw new InvalidInputException("threshold", "must be above 0");
    }
    long id = deployments.details(tenant, deployment).deployment().id;
    var d = drift.drift(tenant, id, window.from(), window.to(), threshold);
    var r = d.report();
    return new DriftView(
        deployment,
        d.model(),
        d.version(),
        window.from(),
        window.to(),
        d.samples(),
        d.storedSamples(),
        r.noData(),
        r.datasetDrift(),
        r.driftShare(),
        r.driftedColumns(),
        r.columns(),
        r.problems());
  }

  /**
   * Drift over time: {@code from}/{@code to} as for the window (default the last 24 hours), cut
   * into {@code step}s (ISO-8601 such as {@code PT1H}, or {@code 5m}, {@code 1h}, {@code 1d}; by
   * default at most 60 steps); per column and step the statistic's value and verdict.
   */
  @GET
  @Path("timeline")
  @TenantAccess({ADMIN, ENGINEER, VIEWER, AUDITOR})
  public DriftTimelineView timeline(
      @PathParam("tenant") String tenant,
      @PathParam("deployment") String deployment,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("step") String step) {
    TimeWindow window = TimeWindow.parse(from, to, clock.instant(), Duration.ofHours(24));
    Duration length = TimelineSteps.parse(step, window.from(), window.to());
    long id = deployments.details(tenant, deployment).deployment().id;
    var timeline =
        drift.timeline(tenant, id, TimelineSteps.edges(window.from(), window.to(), length));
    return TimelineViews.of(deployment, window.from(), window.to(), length, timeline);
  }
}
