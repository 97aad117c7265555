package io.modelplane.tenant.api;

import io.modelplane.audit.service.Audited;
import io.modelplane.security.Caller;
import io.modelplane.security.TenantAccess;
import io.modelplane.security.TenantRole;
import io.modelplane.tenant.persistence.Tenant;
import io.modelplane.tenant.service.TenantService;
import io.modelplane.tenant.service.TenantService.NewTenant;
import io.modelplane.web.Page;
import io.modelplane.web.PageParams;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Tenants: created by platform admins, listed for everyone as far as they may see them. */
@Path("/api/v1/tenants")
@Authenticated
@Tag(name = "tenants")
@Produces(MediaType.APPLICATION_JSON)
public class TenantResource {

  @Inject TenantService tenants;
  @Inject Caller caller;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Caller.PLATFORM_ADMIN)
  @Audited(action = "tenant.create", resource = "tenant")
  public Response create(@Valid @NotNull CreateTenantRequest request, UriInfo uri) {
    Tenant created =
        tenants.create(
            new NewTenant(request.slug(), request.displayName(), request.gpuQuota()),
            caller.name());
    return Response.created(uri.getAbsolutePathBuilder().path(created.slug).build())
        .tag(etag(created))
        .entity(TenantView.of(created))
        .build();
  }

  /** Platform admins see every tenant; everyone else the tenants they hold a role in. */
  @GET
  public Page<TenantView> list(@Valid @BeanParam PageParams page) {
    var among = caller.isPlatformAdmin() ? null : caller.memberships().tenants();
    return Page.of(
        tenants.page(among, page.after, page.limit + 1), page.limit, TenantView::of, t -> t.slug);
  }

  @GET
  @Path("{tenant}")
  @TenantAccess(
      value = {TenantRole.ADMIN, TenantRole.ENGINEER, TenantRole.VIEWER, TenantRole.AUDITOR},
      platformAdmin = true)
  public Response get(@PathParam("tenant") String tenant) {
    Tenant found = tenants.get(tenant);
    return Response.ok(TenantView.of(found)).tag(etag(found)).build();
  }

  private static EntityTag etag(Tenant t) {
    return new EntityTag(Long.toString(t.version));
  }
}
