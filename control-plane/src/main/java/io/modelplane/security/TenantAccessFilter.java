package io.modelplane.security;

import io.modelplane.audit.service.AuditTrail;
import io.modelplane.error.Problems;
import io.modelplane.kernel.tenancy.TenantContext;
import io.modelplane.tenant.service.KnownTenants;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.Context;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Enforces {@link TenantAccess}: the tenant in the path must be one the caller holds a role in
 * (else 404, so existence does not leak) and one of those roles must be allowed (else 403). On
 * success the tenant becomes the request's {@link TenantContext}, which row-level security then
 * follows.
 */
public class TenantAccessFilter {

  public static final String TENANT_PARAM = "tenant";

  @Inject Caller caller;
  @Inject TenantContext tenantContext;
  @Inject KnownTenants tenants;
  @Inject AuditTrail audit;

  private static final Uni<Response> CONTINUE = Uni.createFrom().nullItem();

  /**
   * The common case — a member of a tenant already seen, with an allowed role — is decided on the
   * calling thread without I/O, so non-blocking endpoints (the inference gateway) stay on the event
   * loop. Anything that needs the database (a tenant not seen yet, a denial to audit) is decided on
   * a worker thread.
   */
  @ServerRequestFilter
  public Uni<Response> checkTenantAccess(ContainerRequestContext request, ResourceInfo info) {
    Optional<TenantAccess> rule = ruleOf(info);
    if (rule.isEmpty()) {
      return CONTINUE;
    }
    String tenant = request.getUriInfo().getPathParameters().getFirst(TENANT_PARAM);
    if (!caller.isAnonymous()
        && tenant != null
        && tenants.isKnown(tenant)
        && Arrays.stream(rule.get().value())
            .anyMatch(caller.memberships().rolesIn(tenant)::contains)) {
      tenantContext.enter(tenant);
      return CONTINUE;
    }
    if (!Context.isOnEventLoopThread()) {
      return Uni.createFrom().item(decide(request, rule.get(), tenant).orElse(null));
    }
    return Uni.createFrom()
        .item(() -> decide(request, rule.get(), tenant).orElse(null))
        .runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
  }

  private Optional<Response> decide(
      ContainerRequestContext request, TenantAccess rule, String tenant) {
    if (caller.isAnonymous()) {
      return Optional.of(Problems.unauthorized(request.getUriInfo().getPath()));
    }
    if (rule.platformAdmin() && caller.isPlatformAdmin()) {
      return Optional.empty();
    }
    Set<TenantRole> held = caller.memberships().rolesIn(tenant);
    boolean exists = tenant != null && tenants.exists(tenant);
    if (held.isEmpty() || !exists) {
      return deny(request, tenant, exists, Problems.tenantNotFound(tenant, path(request)));
    }
    if (Arrays.stream(rule.value()).noneMatch(held::contains)) {
      tenantContext.enter(tenant);
      return deny(request, tenant, true, Problems.forbidden(path(request)));
    }
    tenantContext.enter(tenant);
    return Optional.empty();
  }

  private Optional<Response> deny(
      ContainerRequestContext request, String tenant, boolean tenantExists, Response response) {
    if (tenantExists) {
      audit.recordDenied(tenant, request.getMethod(), path(request), response.getStatus());
    }
    return Optional.of(response);
  }

  private static String path(ContainerRequestContext request) {
    return "/" + request.getUriInfo().getPath().replaceFirst("^/", "");
  }

  private static Optional<TenantAccess> ruleOf(ResourceInfo info) {
    Method method = info.getResourceMethod();
    if (method == null) {
      return Optional.empty();
    }
    TenantAccess onMethod = method.getAnnotation(TenantAccess.class);
    return Optional.ofNullable(
        onMethod != null ? onMethod : info.getResourceClass().getAnnotation(TenantAccess.class));
  }
}
