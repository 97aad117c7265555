package io.modelplane.ui;

import static io.modelplane.security.TenantRole.ADMIN;
import static io.modelplane.security.TenantRole.AUDITOR;
import static io.modelplane.security.TenantRole.ENGINEER;
import static io.modelplane.security.TenantRole.VIEWER;

import io.modelplane.audit.service.Audited;
import io.modelplane.kernel.error.InvalidInputException;
import io.modelplane.privacy.api.ScanView;
import io.modelplane.privacy.api.SettingsView;
import io.modelplane.privacy.persistence.PrivacyScan;
import io.modelplane.privacy.scan.EntityType;
import io.modelplane.privacy.service.PrivacyDetectors;
import io.modelplane.privacy.service.PrivacySettingsService;
import io.modelplane.privacy.service.ScanService;
import io.modelplane.privacy.service.ScanTargets;
import io.modelplane.security.Caller;
import io.modelplane.security.TenantAccess;
import io.modelplane.security.TenantRole;
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
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The privacy findings page of a tenant: recent scans, a form to start one (admins and engineers),
 * the tenant's policy (admins and auditors), and each scan's findings per location and entity type
 * with exact counts, severity and masked examples.
 */
@Path("/ui/t/{tenant}/privacy")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class PrivacyUiResource {

  private static final int PAGE = 50;

  @Inject Caller caller;
  @Inject ScanService scans;
  @Inject PrivacySettingsService settings;
  @Inject PrivacyDetectors detectors;

  @GET
  @TenantAccess({ADMIN, ENGINEER, VIEWER, AUDITOR})
  public TemplateInstance privacy(
      @PathParam("tenant") String tenant, @QueryParam("error") String error) {
    List<PrivacyPages.Row> rows =
        scans.list(tenant, null, PAGE).stream()
            .map(ScanView::summary)
            .map(PrivacyPages.Row::of)
            .toList();
    Set<TenantRole> roles = caller.memberships().rolesIn(tenant);
    SettingsView policy =
        roles.contains(ADMIN) || roles.contains(AUDITOR)
            ? SettingsView.of(tenant, settings.get(tenant))
            : null;
    return PrivacyPages.privacy(
        Shell.of(caller, tenant).withError(error),
        rows,
        policy,
        detectors.types().stream().map(EntityType::id).toList(),
        roles.contains(ADMIN) || roles.contains(ENGINEER));
  }

  @GET
  @Path("scans/{id}")
  @TenantAccess({ADMIN, ENGINEER, VIEWER, AUDITOR})
  public TemplateInstance scan(
      @PathParam("tenant") String tenant,
      @PathParam("id") long id,
      @QueryParam("error") String error) {
    return PrivacyPages.scan(
        Shell.of(caller, tenant).withError(error),
        PrivacyPages.Row.of(ScanView.full(scans.get(tenant, id))));
  }

  @POST
  @Path("scans")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @TenantAccess({ADMIN, ENGINEER})
  @Audited(action = "privacy-scan.start", resource = "privacy-scan")
  public Response start(
      @PathParam("tenant") String tenant,
      @FormParam("type") String type,
      @FormParam("model") String model,
      @FormParam("version") String version,
      @FormParam("deployment") String deployment,
      @FormParam("window") String window,
      @FormParam("entities") String entities) {
    var spec =
        new ScanTargets.Spec(
            blankToNull(type),
            blankToNull(model),
            number(version),
            blankToNull(deployment),
            null,
            null,
            blankToNull(window));
    PrivacyScan scan =
        scans.request(tenant, spec, split(entities), null, ScanService.MANUAL, caller.name());
    return Response.seeOther(URI.create("/ui/t/" + tenant + "/privacy/scans/" + scan.id)).build();
  }

  private static Integer number(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Integer.valueOf(text.trim());
    } catch (NumberFormatException e) {
      throw new InvalidInputException("target.version", "must be a version number");
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }

  private static List<String> split(String entities) {
    if (entities == null || entities.isBlank()) {
      return List.of();
    }
    return Arrays.stream(entities.split(",")).map(String::trim).filter(e -> !e.isEmpty()).toList();
  }
}
