package io.modelplane.tenant.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;

@ApplicationScoped
public class TenantRepository implements PanacheRepositoryBase<Tenant, String> {

  public boolean exists(String slug) {
    return count("slug", slug) > 0;
  }

  /** One page in slug order, after the cursor; {@code among} limits to the caller's tenants. */
  public List<Tenant> page(Collection<String> among, String after, int limit) {
    String cursor = after == null ? "" : after;
    if (among == null) {
      return find("slug > ?1", Sort.by("slug"), cursor).range(0, limit - 1).list();
    }
    return find("slug > ?1 and slug in ?2", Sort.by("slug"), cursor, among)
        .range(0, limit - 1)
        .list();
  }
}
