package io.modelplane.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** The tenants a caller belongs to and their roles in each, read from the token's groups. */
public record Memberships(Map<String, Set<TenantRole>> byTenant) {

  private static final String PREFIX = "/tenants/";

  public static Memberships fromGroups(Collection<String> groups) {
    Map<String, Set<TenantRole>> byTenant = new TreeMap<>();
    for (String group : groups) {
      if (!group.startsWith(PREFIX)) {
        continue;
      }
      String[] parts = group.substring(PREFIX.length()).split("/");
      if (parts.length != 2) {
        continue;
      }
      TenantRole.fromGroupName(parts[1])
          .ifPresent(
              role ->
                  byTenant
                      .computeIfAbsent(parts[0], t -> EnumSet.noneOf(TenantRole.class))
                      .add(role));
    }
    return new Memberships(Map.copyOf(byTenant));
  }

  public Set<TenantRole> rolesIn(String tenant) {
    return byTenant.getOrDefault(tenant, Set.of());
  }

  public Set<String> tenants() {
    return byTenant.keySet();
  }
}
