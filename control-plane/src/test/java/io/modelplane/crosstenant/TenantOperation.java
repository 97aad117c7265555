package io.modelplane.crosstenant;

import static io.restassured.RestAssured.given;

import io.modelplane.security.TenantRole;
import io.modelplane.testing.TestArtifacts;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
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

  /** Sends this operation to {@code tenant} as the holder of {@code token}. */
  public Response send(String tenant, String token) {
    RequestSpecification request = given().auth().oauth2(token);
    if (MULTIPART.equals(contentType)) {
      request =
          request
              .multiPart("metadata", body, "application/json")
              .multiPart("artifact", TestArtifacts.xgboost().toFile());
    } else if ("application/octet-stream".equals(contentType)) {
      request = request.contentType(contentType).body(body.getBytes(StandardCharsets.UTF_8));
    } else if (body != null) {
      request = request.contentType(contentType).body(body);
    }
    return request.request(method, pathIn(tenant));
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
