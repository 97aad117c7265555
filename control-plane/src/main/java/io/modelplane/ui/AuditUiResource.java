package io.modelplane.ui;

import static io.modelplane.security.TenantRole.ADMIN;
import static io.modelplane.security.TenantRole.AUDITOR;

import io.modelplane.audit.api.AuditEventView;
import io.modelplane.audit.api.VerificationView;
import io.modelplane.audit.persistence.AuditEventRepository;
import io.modelplane.audit.persistence.AuditEventRepository.AuditQuery;
import io.modelplane.audit.service.AuditVerifier;
import io.modelplane.audit.service.Audited;
import io.modelplane.audit.service.Checkpoints;
import io.modelplane.kernel.error.InvalidInputException;
import io.modelplane.security.Caller;
import io.modelplane.security.TenantAccess;
import io.modelplane.ui.AuditPages.AuditFilters;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The audit log in the admin UI, for admins and auditors: events newest first with filters, the
 * verification badge of the tenant's chain, and a button that signs a checkpoint now.
 */
@Path("/ui/t/{tenant}/audit")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class AuditUiResource {

  private static final int PAGE = 50;

  @Inject Caller caller;
  @Inject AuditEventRepository events;
  @Inject AuditVerifier verifier;
  @Inject Checkpoints checkpoints;
  @Inject Clock clock;

  /** The filters the page's form sends. */
  public static class Form {
    @QueryParam("from")
    public String from;

    @QueryParam("to")
    public String to;

    @QueryParam("actor")
    public String actor;

    @QueryParam("action")
    public String action;

    @QueryParam("resourceType")
    public String resourceType;

    @QueryParam("resourceId")
    public String resourceId;

    @QueryParam("outcome")
    public String outcome;

    @QueryParam("after")
    public String after;

    AuditFilters filters() {
      return new AuditFilters(from, to, actor, action, resourceType, resourceId, outcome);
    }
  }

  @GET
  @Transactional
  @TenantAccess({ADMIN, AUDITOR})
  public TemplateInstance page(
      @PathParam("tenant") String tenant, @BeanParam Form form, @QueryParam("error") String error) {
    AuditQuery query =
        new AuditQuery(
            instant("from", form.from),
            instant("to", form.to),
            text(form.actor, 200),
            text(form.action, 100),
            text(form.resourceType, 100),
            text(form.resourceId, 500),
            outcome(form.outcome),
            true,
            cursor(form.after),
            PAGE + 1);
    var rows = events.page(tenant, query);
    List<AuditEventView> shown = rows.stream().limit(PAGE).map(AuditEventView::of).toList();
    String older = rows.size() > PAGE ? String.valueOf(shown.getLast().sequence()) : null;
    return AuditPages.audit(
        Shell.of(caller, tenant).withError(error), form.filters(), shown, older);
  }

  @GET
  @Path("verification")
  @Transactional
  @TransactionConfiguration(timeout = 600)
  @TenantAccess({ADMIN, AUDITOR})
  public TemplateInstance verification(@PathParam("tenant") String tenant) {
    Instant at = clock.instant();
    long t0 = System.nanoTime();
    var result = verifier.verify(tenant);
    return AuditPages.verification(
        tenant, VerificationView.of(result, at, (System.nanoTime() - t0) / 1_000_000));
  }

  @POST
  @Path("checkpoints")
  @Transactional
  @TenantAccess({ADMIN, AUDITOR})
  @Audited(action = "audit.checkpoint", resource = "checkpoint")
  public Response checkpoint(@PathParam("tenant") String tenant) {
    checkpoints.create(tenant, caller.name());
    return Response.seeOther(URI.create("/ui/t/" + tenant + "/audit")).build();
  }

  /** Accepts an ISO instant or what a datetime-local field sends (taken as UTC). */
  private static Instant instant(String field, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String v = value.trim();
    try {
      return Instant.parse(v.matches(".*T\\d\\d:\\d\\d$") ? v + ":00Z" : v);
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(field, "must be a date and time such as 2026-01-31T09:00");
    }
  }

  private static String text(String value, int max) {
    if (value == null || value.isBlank()) {
      return null;
    }
    if (value.length() > max) {
      throw new InvalidInputException("filter", "must be at most " + max + " characters");
    }
    return value.trim();
  }

  private static String outcome(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    if (!List.of("success", "failure", "denied").contains(value)) {
      throw new InvalidInputException("outcome", "must be success, failure or denied");
    }
    return value;
  }

  private static Long cursor(String after) {
    try {
      return after == null || after.isBlank() ? null : Long.parseLong(after);
    } catch (NumberFormatException e) {
      throw new InvalidInputException("after", "is not a cursor of this page");
    }
  }
}
