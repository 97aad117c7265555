package io.modelplane.registry.api;

import static io.modelplane.security.TenantRole.ADMIN;
import static io.modelplane.security.TenantRole.AUDITOR;
import static io.modelplane.security.TenantRole.ENGINEER;
import static io.modelplane.security.TenantRole.VIEWER;

import io.modelplane.audit.service.Audited;
import io.modelplane.kernel.tenancy.AuditedResource;
import io.modelplane.registry.persistence.RegistrySettings;
import io.modelplane.registry.service.RegistrySettingsService;
import io.modelplane.security.TenantAccess;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The tenant's registry policy; tenant admins change it. */
@Path("/api/v1/tenants/{tenant}/registry-settings")
@Authenticated
@Tag(name = "models")
@Produces(MediaType.APPLICATION_JSON)
public class RegistrySettingsResource {

  @Inject RegistrySettingsService settings;

  @GET
  @TenantAccess({ADMIN, ENGINEER, VIEWER, AUDITOR})
  public SettingsView get(@PathParam("tenant") String tenant) {
    return SettingsView.of(tenant, settings.get(tenant));
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @TenantAccess(ADMIN)
  @Audited(action = "registry.settings", resource = "registry-settings")
  public SettingsView update(
      @PathParam("tenant") String tenant, @Valid @NotNull SettingsBody body) {
    return SettingsView.of(
        tenant,
        settings.update(
            tenant, new RegistrySettings(body.productionApprovals(), body.multipleProduction())));
  }

  /** Body of the PUT. */
  public record SettingsBody(
      @NotNull @Min(1) @Max(2) Integer productionApprovals, @NotNull Boolean multipleProduction) {}

  /** The policy as shown. */
  public record SettingsView(String tenant, int productionApprovals, boolean multipleProduction)
      implements AuditedResource {

    static SettingsView of(String tenant, RegistrySettings s) {
      return new SettingsView(tenant, s.productionApprovals(), s.multipleProduction());
    }

    @Override
    public String auditTenant() {
      return tenant;
    }

    @Override
    public String auditId() {
      return tenant;
    }
  }
}
