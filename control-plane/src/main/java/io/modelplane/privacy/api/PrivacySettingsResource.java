package io.modelplane.privacy.api;

import static io.modelplane.security.TenantRole.ADMIN;
import static io.modelplane.security.TenantRole.AUDITOR;

import io.modelplane.audit.service.Audited;
import io.modelplane.kernel.error.InvalidInputException;
import io.modelplane.privacy.redact.RedactionMode;
import io.modelplane.privacy.service.PrivacyPolicy;
import io.modelplane.privacy.service.PrivacySettingsService;
import io.modelplane.security.Caller;
import io.modelplane.security.TenantAccess;
import io.modelplane.web.ETags;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The tenant's privacy policy: how sampled payloads are redacted before they are stored, how long
 * they are kept, and an optional scheduled scan. Admins change it; auditors read it.
 */
@Path("/api/v1/tenants/{tenant}/privacy-settings")
@Authenticated
@Tag(name = "compliance")
@Produces(MediaType.APPLICATION_JSON)
public class PrivacySettingsResource {

  @Inject PrivacySettingsService settings;
  @Inject Caller caller;

  @GET
  @TenantAccess({ADMIN, AUDITOR})
  public Response get(@PathParam("tenant") String tenant) {
    PrivacyPolicy policy = settings.get(tenant);
    return Response.ok(SettingsView.of(tenant, policy)).tag(ETags.of(policy.version())).build();
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @TenantAccess(ADMIN)
  @Audited(action = "privacy-settings.update", resource = "privacy-settings")
  public Response update(
      @PathParam("tenant") String tenant,
      @HeaderParam("If-Match") String ifMatch,
      @Valid @NotNull SettingsBody body) {
    RedactionMode mode =
        RedactionMode.fromId(body.redaction())
            .orElseThrow(() -> new InvalidInputException("redaction", "must be off, mask or hash"));
    PrivacyPolicy policy =
        settings.update(
            tenant,
            mode,
            body.retentionDays(),
            body.scanSchedule(),
            caller.name(),
            ETags.ifMatch(ifMatch));
    return Response.ok(SettingsView.of(tenant, policy)).tag(ETags.of(policy.version())).build();
  }
}
