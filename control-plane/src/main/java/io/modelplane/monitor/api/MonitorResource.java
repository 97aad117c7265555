package io.modelplane.monitor.api;

import static io.modelplane.security.TenantRole.ADMIN;
import static io.modelplane.security.TenantRole.AUDITOR;
import static io.modelplane.security.TenantRole.ENGINEER;
import static io.modelplane.security.TenantRole.VIEWER;

import io.modelplane.audit.service.Audited;
import io.modelplane.kernel.error.InvalidInputException;
import io.modelplane.monitor.service.MonitorEvaluations;
import io.modelplane.monitor.service.MonitorRules;
import io.modelplane.monitor.service.MonitorService;
import io.modelplane.security.Caller;
import io.modelplane.security.TenantAccess;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Monitors of a deployment: rules the leader evaluates on a schedule, or on demand here. */
@Path("/api/v1/tenants/{tenant}/deployments/{deployment}/monitors")
@Authenticated
@Tag(name = "monitoring")
@Produces(MediaType.APPLICATION_JSON)
public class MonitorResource {

  @Inject MonitorService monitors;
  @Inject MonitorEvaluations evaluations;
  @Inject Caller caller;

  @GET
  @TenantAccess({ADMIN, ENGINEER, VIEWER, AUDITOR})
  public List<MonitorView> list(
      @PathParam("tenant") String tenant, @PathParam("deployment") String deployment) {
    return monitors.list(tenant, deployment).stream().map(MonitorView::of).toList();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @TenantAccess({ADMIN, ENGINEER})
  @Audited(action = "monitor.create", resource = "monitor")
  public Response create(
      @PathParam("tenant") String tenant,
      @PathParam("deployment") String deployment,
      @NotNull CreateMonitorRequest request,
      @Context UriInfo uri) {
    var spec =
        new MonitorRules.Spec(
            request.name(),
            request.kind(),
            request.quantile(),
            request.threshold(),
            request.minColumns(),
            request.columns(),
            window(request.window()));
    var m = monitors.create(tenant, deployment, spec, caller.name());
    return Response.created(uri.getAbsolutePathBuilder().path(m.name).build())
        .entity(MonitorView.of(m))
        .build();
  }

  @GET
  @Path("{monitor}")
  @TenantAccess({ADMIN, ENGINEER, VIEWER, AUDITOR})
  public MonitorView get(
      @PathParam("tenant") String tenant,
      @PathParam("deployment") String deployment,
      @PathParam("monitor") String monitor) {
    return MonitorView.of(monitors.get(tenant, deployment, monitor));
  }

  /** Evaluates now (as the schedule would) and answers with the verdict. */
  @POST
  @Path("{monitor}/evaluate")
  @TenantAccess({ADMIN, ENGINEER})
  @Audited(action = "monitor.evaluate", resource = "monitor")
  public EvaluationView evaluate(
      @PathParam("tenant") String tenant,
      @PathParam("deployment") String deployment,
      @PathParam("monitor") String monitor) {
    long id = monitors.get(tenant, deployment, monitor).id;
    return EvaluationView.of(monitor, evaluations.evaluate(id));
  }

  @DELETE
  @Path("{monitor}")
  @TenantAccess({ADMIN, ENGINEER})
  @Audited(action = "monitor.delete", resource = "monitor")
  public MonitorView delete(
      @PathParam("tenant") String tenant,
      @PathParam("deployment") String deployment,
      @PathParam("monitor") String monitor) {
    return MonitorView.of(monitors.delete(tenant, deployment, monitor));
  }

  private static Duration window(String value) {
    if (value == null) {
      return null;
    }
    try {
      return Duration.parse(value);
    } catch (DateTimeParseException e) {
      throw new InvalidInputException("window", "must be an ISO-8601 duration such as PT10M");
    }
  }
}
