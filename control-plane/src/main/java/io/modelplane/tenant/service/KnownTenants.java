package io.modelplane.tenant.service;

import io.modelplane.tenant.persistence.TenantRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Whether a tenant exists, asked on every tenant-scoped request. Tenants are never deleted, so a
 * tenant once seen is remembered; an unknown slug is asked of the database each time, so a tenant
 * created on another replica is usable at once.
 */
@ApplicationScoped
public class KnownTenants {

  private final Set<String> seen = ConcurrentHashMap.newKeySet();

  @Inject TenantRepository tenants;

  /** Whether the tenant has been seen already: no I/O, safe on any thread. */
  public boolean isKnown(String slug) {
    return seen.contains(slug);
  }

  @Transactional
  public boolean exists(String slug) {
    if (seen.contains(slug)) {
      return true;
    }
    boolean exists = tenants.exists(slug);
    if (exists) {
      seen.add(slug);
    }
    return exists;
  }
}
