package io.modelplane.monitor.api;

import static io.modelplane.security.TenantRole.ADMIN;
import static io.modelplane.security.TenantRole.AUDITOR;
import static io.modelplane.security.TenantRole.ENGINEER;
import static io.modelplane.security.TenantRole.VIEWER;

import io.modelplane.kernel.error.InvalidInputException;
import io.modelplane.monitor.persistence.Alert;
import io.modelplane.monitor.service.AlertQueries;
import io.modelplane.security.TenantAccess;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A tenant's alerts, newest first; filter by deployment and state, page with {@code before}. */
@Path("/api/v1/tenants/{tenant}/alerts")
@Authenticated
@Tag(name = "monitoring")
@Produces(MediaType.APPLICATION_JSON)
public class AlertResource {

  @Inject AlertQueries alerts;

  @GET
  @TenantAccess({ADMIN, ENGINEER, VIEWER, AUDITOR})
  public List<AlertView> list(
      @PathParam("tenant") String tenant,
      @QueryParam("deployment") String deployment,
      @QueryParam("state") String state,
      @QueryParam("before") Long before,
      @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
    if (state != null && !Set.of(Alert.FIRING, Alert.RESOLVED).contains(state)) {
      throw new InvalidInputException("state", "must be firing or resolved");
    }
    return alerts.list(tenant, deployment, state, before, limit).stream()
        .map(n -> AlertView.of(n.alert(), n.monitor(), n.deployment(), null))
        .toList();
  }

  @GET
  @Path("{id}")
  @TenantAccess({ADMIN, ENGINEER, VIEWER, AUDITOR})
  public AlertView get(@PathParam("tenant") String tenant, @PathParam("id") long id) {
    var n = alerts.get(id);
    return AlertView.of(n.alert(), n.monitor(), n.deployment(), n.notifications());
  }
}
