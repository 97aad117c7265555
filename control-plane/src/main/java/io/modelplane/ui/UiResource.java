package io.modelplane.ui;

import io.modelplane.audit.api.AuditEventView;
import io.modelplane.audit.persistence.AuditEventRepository;
import io.modelplane.audit.service.Audited;
import io.modelplane.security.Caller;
import io.modelplane.security.TenantAccess;
import io.modelplane.security.TenantRole;
import io.modelplane.tenant.api.CreateTenantRequest;
import io.modelplane.tenant.api.TenantView;
import io.modelplane.tenant.service.TenantService;
import io.modelplane.tenant.service.TenantService.NewTenant;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Set;

/** Server-rendered admin pages behind Keycloak login (authorization-code flow). */
@Path("/ui")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class UiResource {

  private static final int PAGE = 200;

  @Inject Caller caller;
  @Inject TenantService tenants;
  @Inject AuditEventRepository auditEvents;
  @Inject Validator validator;

  @GET
  public Response home() {
    return Response.seeOther(URI.create("/ui/tenants")).build();
  }

  @GET
  @Path("tenants")
  public TemplateInstance tenantList() {
    return UiPages.tenants(shell(null), visibleTenants(), caller.isPlatformAdmin());
  }

  /** htmx form post from the tenants page: creates the tenant and re-renders the table rows. */
  @POST
  @Path("tenants")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @RolesAllowed(Caller.PLATFORM_ADMIN)
  @Audited(action = "tenant.create", resource = "tenant")
  public TemplateInstance createTenant(@Valid @BeanParam TenantForm form) {
    CreateTenantRequest request = form.toRequest();
    var violations = validator.validate(request);
    if (!violations.isEmpty()) {
      throw new ConstraintViolationException(violations);
    }
    tenants.create(
        new NewTenant(request.slug(), request.displayName(), request.gpuQuota()), caller.name());
    return UiPages.tenants$rows(visibleTenants());
  }

  @GET
  @Path("switch")
  public Response switchTenant(@QueryParam("tenant") String tenant) {
    boolean known = tenant != null && caller.memberships().tenants().contains(tenant);
    return Response.seeOther(URI.create(known ? "/ui/t/" + tenant : "/ui/tenants")).build();
  }

  @GET
  @Path("t/{tenant}")
  @Transactional
  @TenantAccess({TenantRole.ADMIN, TenantRole.ENGINEER, TenantRole.VIEWER, TenantRole.AUDITOR})
  public TemplateInstance tenantHome(@PathParam("tenant") String tenant) {
    Set<TenantRole> roles = caller.memberships().rolesIn(tenant);
    List<AuditEventView> recent = List.of();
    if (roles.contains(TenantRole.ADMIN) || roles.contains(TenantRole.AUDITOR)) {
      recent = latestEvents(tenant);
    }
    List<String> roleNames = roles.stream().map(TenantRole::groupName).sorted().toList();
    return UiPages.tenant(shell(tenant), TenantView.of(tenants.get(tenant)), roleNames, recent);
  }

  private List<AuditEventView> latestEvents(String tenant) {
    return auditEvents.latest(tenant, 10).stream().map(AuditEventView::of).toList();
  }

  private List<TenantView> visibleTenants() {
    var among = caller.isPlatformAdmin() ? null : caller.memberships().tenants();
    return tenants.page(among, null, PAGE).stream().map(TenantView::of).toList();
  }

  private Shell shell(String currentTenant) {
    return Shell.of(caller, currentTenant);
  }
}
