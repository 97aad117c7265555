package io.modelplane.latency.api;

import static io.modelplane.security.TenantRole.ADMIN;
import static io.modelplane.security.TenantRole.AUDITOR;
import static io.modelplane.security.TenantRole.ENGINEER;
import static io.modelplane.security.TenantRole.VIEWER;

import io.modelplane.deployment.service.DeploymentQueries;
import io.modelplane.latency.service.LatencyWindows;
import io.modelplane.latency.service.LatencyWindows.RevisionLatency;
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
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Latency percentiles, rate and errors of a deployment's revisions over a window. */
@Path("/api/v1/tenants/{tenant}/deployments/{deployment}/latency")
@Authenticated
@Tag(name = "monitoring")
@Produces(MediaType.APPLICATION_JSON)
public class LatencyResource {

  @Inject DeploymentQueries deployments;
  @Inject LatencyWindows windows;
  @Inject Clock clock;

  /**
   * {@code from}/{@code to} are ISO-8601 instants (default: the last hour); the window may span up
   * to 31 days.
   */
  @GET
  @TenantAccess({ADMIN, ENGINEER, VIEWER, AUDITOR})
  public LatencyView latency(
      @PathParam("tenant") String tenant,
      @PathParam("deployment") String deployment,
      @QueryParam("from") String fromParam,
      @QueryParam("to") String toParam) {
    TimeWindow window = TimeWindow.parse(fromParam, toParam, clock.instant(), Duration.ofHours(1));
    Instant from = window.from();
    Instant to = window.to();
    long id = deployments.details(tenant, deployment).deployment().id;
    List<RevisionLatency> revisions = windows.window(id, from, to);
    return new LatencyView(
        deployment,
        from,
        to,
        LatencyWindows.step(from, to).toString(),
        revisions.stream().allMatch(r -> r.summary().requests() == 0),
        revisions);
  }
}
