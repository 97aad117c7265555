package io.modelplane.crosstenant;

import io.modelplane.security.TenantRole;
import java.util.Set;

/**
 * One tenant-owned operation as the cross-tenant harness sees it. Every endpoint under {@code
 * /api/v1/tenants/{tenant}/…} is declared once in {@link TenantOperations}; the harness then
 * attacks it with every kind of wrong caller.
 *
 * @param method HTTP method
 * @param path path with a {@code {tenant}} placeholder, and {@code {model}} / {@code {request}} for
 *     the harness's fixture (see {@link CrossTenantFixture})
 * @param contentType body type for writes, else {@code null}
 * @param body request body for writes (the metadata part for multipart), else {@code null}
 * @param allowed roles that may call it
 * @param observe a GET path whose answer must not change when an attack is refused, or {@code null}
 */
public record TenantOperation(
    String method,
    String path,
    String contentType,
    String body,
    Set<TenantRole> allowed,
    String observe) {

  public static final String MULTIPART = "multipart/form-data";

  public static TenantOperation read(String path, Set<TenantRole> allowed) {
    return new TenantOperation("GET", path, null, null, allowed, null);
  }

  public static TenantOperation write(
      String method, String path, String json, Set<TenantRole> allowed, String observe) {
    return new TenantOperation(
        method, path, json == null ? null : "application/json", json, allowed, observe);
  }

  public boolean mutating() {
    return !method.equals("GET");
  }

  /** The path with {@code {tenant}} and the fixture placeholders filled in. */
  public String pathIn(String tenant) {
    return CrossTenantFixture.fill(path.replace("{tenant}", tenant));
  }

  @Override
  public String toString() {
    return method + " " + path;
  }
}
