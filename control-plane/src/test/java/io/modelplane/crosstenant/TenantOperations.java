package io.modelplane.crosstenant;

import static io.modelplane.security.TenantRole.ADMIN;
import static io.modelplane.security.TenantRole.AUDITOR;
import static io.modelplane.security.TenantRole.ENGINEER;
import static io.modelplane.security.TenantRole.VIEWER;

import java.util.List;
import java.util.Set;

/** The catalogue of tenant-owned operations. A new endpoint joins the harness by a line here. */
public final class TenantOperations {

  private TenantOperations() {}

  public static List<TenantOperation> all() {
    return List.of(
        TenantOperation.read("/api/v1/tenants/{tenant}", Set.of(ADMIN, ENGINEER, VIEWER, AUDITOR)),
        TenantOperation.read("/api/v1/tenants/{tenant}/audit-events", Set.of(ADMIN, AUDITOR)));
  }
}
