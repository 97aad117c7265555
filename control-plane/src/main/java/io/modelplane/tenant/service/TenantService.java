package io.modelplane.tenant.service;

import io.modelplane.kernel.error.ConflictException;
import io.modelplane.kernel.error.NotFoundException;
import io.modelplane.tenant.persistence.Tenant;
import io.modelplane.tenant.persistence.TenantRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Collection;
import java.util.List;

/** Creates and reads tenants. */
@ApplicationScoped
public class TenantService {

  @Inject TenantRepository tenants;
  @Inject TenantDirectory directory;
  @Inject Clock clock;

  /**
   * Stores the tenant and creates its groups in the identity provider in one transaction: if the
   * groups cannot be created, the row is rolled back and the call can simply be retried.
   */
  @Transactional
  public Tenant create(NewTenant request, String createdBy) {
    if (tenants.exists(request.slug())) {
      throw new ConflictException("tenant '" + request.slug() + "' already exists");
    }
    Tenant tenant = new Tenant();
    tenant.slug = request.slug();
    tenant.displayName = request.displayName();
    tenant.gpuQuota = request.gpuQuota();
    tenant.createdAt = clock.instant();
    tenant.createdBy = createdBy;
    tenants.persistAndFlush(tenant);
    directory.ensureTenantGroups(tenant.slug);
    return tenant;
  }

  @Transactional
  public Tenant get(String slug) {
    return tenants.findByIdOptional(slug).orElseThrow(() -> new NotFoundException("tenant", slug));
  }

  @Transactional
  public List<Tenant> page(Collection<String> among, String after, int limit) {
    return tenants.page(among, after, limit);
  }

  /** What a platform admin asks for; validated at the HTTP boundary. */
  public record NewTenant(String slug, String displayName, int gpuQuota) {}
}
