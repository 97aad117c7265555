package io.modelplane.audit.api;

import io.modelplane.audit.persistence.AuditEventRepository;
import io.modelplane.audit.persistence.AuditEventRepository.AuditQuery;
import io.modelplane.kernel.error.InvalidInputException;
import io.modelplane.security.TenantAccess;
import io.modelplane.security.TenantRole;
import io.modelplane.web.Page;
import io.modelplane.web.PageParams;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The tenant's audit trail, for admins and auditors. */
@Path("/api/v1/tenants/{tenant}/audit-events")
@Authenticated
@Tag(name = "audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditEventResource {

  @Inject AuditEventRepository events;

  @GET
  @Transactional
  @TenantAccess({TenantRole.ADMIN, TenantRole.AUDITOR})
  public Page<AuditEventView> list(
      @PathParam("tenant") String tenant,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("actor") @Size(max = 200) String actor,
      @QueryParam("action") @Size(max = 100) String action,
      @QueryParam("resourceType") @Size(max = 100) String resourceType,
      @Valid @BeanParam PageParams page) {
    AuditQuery query =
        new AuditQuery(
            instant("from", from),
            instant("to", to),
            actor,
            action,
            resourceType,
            cursor(page.after),
            page.limit + 1);
    return Page.of(
        events.page(tenant, query), page.limit, AuditEventView::of, e -> e.id.toString());
  }

  private static Instant instant(String field, String value) {
    try {
      return value == null ? null : Instant.parse(value);
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(
          field, "must be an ISO-8601 instant such as 2026-01-31T00:00:00Z");
    }
  }

  private static long cursor(String after) {
    try {
      return after == null ? 0 : Long.parseLong(after);
    } catch (NumberFormatException e) {
      throw new InvalidInputException("after", "is not a cursor returned by this list");
    }
  }
}
