package io.modelplane.ui;

import static io.modelplane.security.TenantRole.ADMIN;
import static io.modelplane.security.TenantRole.AUDITOR;

import io.modelplane.audit.service.Audited;
import io.modelplane.report.api.Downloads;
import io.modelplane.report.api.ReportJobView;
import io.modelplane.report.persistence.ReportJob;
import io.modelplane.report.service.ReportService;
import io.modelplane.report.service.ReportSpec;
import io.modelplane.security.Caller;
import io.modelplane.security.TenantAccess;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
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
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The reports page of a tenant, for admins and auditors: pick a period and a format, start a
 * report, watch its progress, download it.
 */
@Path("/ui/t/{tenant}/reports")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class ReportUiResource {

  private static final int PAGE = 50;

  @Inject Caller caller;
  @Inject ReportService reports;
  @Inject Clock clock;

  @GET
  @TenantAccess({ADMIN, AUDITOR})
  public TemplateInstance reports(
      @PathParam("tenant") String tenant, @QueryParam("error") String error) {
    List<ReportPages.Row> rows =
        reports.list(tenant, null, PAGE).stream()
            .map(ReportJobView::of)
            .map(ReportPages.Row::of)
            .toList();
    Instant today = clock.instant().truncatedTo(ChronoUnit.DAYS).plus(1, ChronoUnit.DAYS);
    return ReportPages.reports(
        Shell.of(caller, tenant).withError(error),
        rows,
        today.minus(ReportSpec.DEFAULT_LENGTH).toString().substring(0, 10),
        today.toString().substring(0, 10));
  }

  @GET
  @Path("{id: [0-9]+}")
  @TenantAccess({ADMIN, AUDITOR})
  public TemplateInstance report(
      @PathParam("tenant") String tenant,
      @PathParam("id") long id,
      @QueryParam("error") String error) {
    return ReportPages.report(
        Shell.of(caller, tenant).withError(error),
        ReportPages.Row.of(ReportJobView.of(reports.get(tenant, id))));
  }

  @GET
  @Path("{id: [0-9]+}/content")
  @Produces({MediaType.APPLICATION_JSON, "text/csv", "application/pdf", MediaType.TEXT_HTML})
  @TenantAccess({ADMIN, AUDITOR})
  public Response content(@PathParam("tenant") String tenant, @PathParam("id") long id) {
    var content = reports.content(tenant, id);
    ReportJob job = reports.get(tenant, id);
    return Downloads.of(job, content).build();
  }

  /** Dates from the form's date inputs (whole UTC days, {@code to} inclusive). */
  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @TenantAccess({ADMIN, AUDITOR})
  @Audited(action = "report.create", resource = "report")
  public Response start(
      @PathParam("tenant") String tenant,
      @FormParam("from") String from,
      @FormParam("to") String to,
      @FormParam("format") String format) {
    ReportSpec spec =
        ReportSpec.parse(ReportSpec.AUDIT, format, day(from), dayAfter(to), clock.instant());
    ReportJob job = reports.request(tenant, spec, caller.name());
    return Response.seeOther(URI.create("/ui/t/" + tenant + "/reports/" + job.id)).build();
  }

  private static String day(String date) {
    return date == null || date.isBlank() || date.contains("T") ? date : date.trim() + "T00:00:00Z";
  }

  private static String dayAfter(String date) {
    if (date == null || date.isBlank() || date.contains("T")) {
      return date;
    }
    try {
      return java.time.LocalDate.parse(date.trim()).plusDays(1) + "T00:00:00Z";
    } catch (java.time.format.DateTimeParseException e) {
      return date;
    }
  }
}
