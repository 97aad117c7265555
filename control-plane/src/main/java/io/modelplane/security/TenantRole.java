package io.modelplane.security;

import java.util.Locale;
import java.util.Optional;

/** A role inside one tenant, carried as the group {@code /tenants/{tenant}/{role}} in the token. */
public enum TenantRole {
  ADMIN,
  ENGINEER,
  VIEWER,
  AUDITOR;

  public String groupName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<TenantRole> fromGroupName(String name) {
    for (TenantRole role : values()) {
      if (role.groupName().equals(name)) {
        return Optional.of(role);
      }
    }
    return Optional.empty();
  }
}
