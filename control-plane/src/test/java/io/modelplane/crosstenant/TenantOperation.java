package io.modelplane.crosstenant;

import io.modelplane.security.TenantRole;
import java.util.Set;

/**
 * One tenant-owned operation as the cross-tenant harness sees it. Every endpoint under {@code
 * /api/v1/tenants/{tenant}/…} is declared once in {@link TenantOperations}; the harness then
 * attacks it with every kind of wrong caller.
 *
 * @param method HTTP method
 * @param path path with a {@code {tenant}} placeholder
 * @param contentType body type for writes, else {@code null}
 * @param body request body for writes, else {@code null}
 * @param allowed roles that may call it
 * @param observe a GET path (with {@code {tenant}}) whose answer must not change when an attack is
 *     refused, or {@code null}
 */
public record TenantOperation(
    String method,
    String path,
    String contentType,
    String body,
    Set<TenantRole> allowed,
    String observe) {

  public static TenantOperation read(String path, Set<TenantRole> allowed) {
    return new TenantOperation("GET", path, null, null, allowed, null);
  }

  public boolean mutating() {
    return !method.equals("GET");
  }

  public String pathIn(String tenant) {
    return path.replace("{tenant}", tenant);
  }

  @Override
  public String toString() {
    return method + " " + path;
  }
}
