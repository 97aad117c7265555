package io.modelplane.tenant.service;

/**
 * The identity provider's side of a tenant: the groups {@code /tenants/{slug}/{role}} that grant
 * roles in it. Creating them makes a new tenant usable at once.
 */
public interface TenantDirectory {

  /** Creates the tenant's groups; groups that already exist are kept as they are. */
  void ensureTenantGroups(String slug);
}
