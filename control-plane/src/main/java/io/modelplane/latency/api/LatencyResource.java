package io.modelplane.latency.api;

import static io.modelplane.security.TenantRole.ADMIN;
import static io.modelplane.security.TenantRole.AUDITOR;
import static io.modelplane.security.TenantRole.ENGINEER;
import static io.modelplane.security.TenantRole.VIEWER;

import io.modelplane.deployment.service.DeploymentQueries;
import io.modelplane.kernel.error.InvalidInputException;
import io.modelplane.latency.service.LatencyWindows;
import io.modelplane.latency.service.LatencyWindows.RevisionLatency;
import io.modelplane.security.TenantAccess;
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
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Latency percentiles, rate and errors of a deployment's revisions over a window. */
@Path("/api/v1/tenants/{tenant}/deployments/{deployment}/latency")
@Authenticated
@Tag(name = "monitoring")
@Produces(MediaType.APPLICATION_JSON)
public class LatencyResource {

  static final Duration LONGEST = Duration.ofDays(31);

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
    Instant to = instant("to", toParam, clock.instant());
    Instant from = instant("from", fromParam, to.minus(Duration.ofHours(1)));
    if (!from.isBefore(to)) {
      throw new InvalidInputException("from", "must be before to");
    }
    if (Duration.between(from, to).compareTo(LONGEST) > 0) {
      throw new InvalidInputException("from", "the window may span at most 31 days");
    }
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

  static Instant instant(String field, String value, Instant fallback) {
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      return Instant.parse(value);
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(
          field, "must be an ISO-8601 instant such as 2026-11-23T10:00:00Z");
    }
  }
}
