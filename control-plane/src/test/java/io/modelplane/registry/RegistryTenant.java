package io.modelplane.registry;

import static io.restassured.RestAssured.given;

import io.modelplane.testing.RegistryClient;
import io.modelplane.testing.TestUsers;
import io.modelplane.testing.Tokens;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;

/**
 * A tenant of a test's own, with two admins and an engineer, for registry settings the shared demo
 * tenants must keep at their defaults (approvals, several versions in production).
 */
record RegistryTenant(String slug, String firstAdmin, String secondAdmin, String engineer) {

  static RegistryTenant create(String prefix, int approvals, boolean multipleProduction) {
    String slug = RegistryClient.uniqueName(prefix);
    given()
        .auth()
        .oauth2(Tokens.user("pat"))
        .contentType(ContentType.JSON)
        .body("{\"slug\":\"%s\",\"displayName\":\"Registry test\",\"gpuQuota\":0}".formatted(slug))
        .post("/api/v1/tenants")
        .then()
        .statusCode(201);
    RegistryTenant tenant =
        new RegistryTenant(
            slug,
            TestUsers.create(List.of("/tenants/" + slug + "/admin")),
            TestUsers.create(List.of("/tenants/" + slug + "/admin")),
            TestUsers.create(List.of("/tenants/" + slug + "/engineer")));
    given()
        .auth()
        .oauth2(Tokens.user(tenant.firstAdmin))
        .contentType(ContentType.JSON)
        .body(
            "{\"productionApprovals\":%d,\"multipleProduction\":%s}"
                .formatted(approvals, multipleProduction))
        .put("/api/v1/tenants/{t}/registry-settings", slug)
        .then()
        .statusCode(200);
    return tenant;
  }

  /** The engineer asks to move a version; the request's id. */
  long requestStage(String model, int version, String target) {
    return given()
        .auth()
        .oauth2(Tokens.user(engineer))
        .contentType(ContentType.JSON)
        .body("{\"targetStage\":\"%s\"}".formatted(target))
        .post("/api/v1/tenants/{t}/models/{m}/versions/{v}/stage-requests", slug, model, version)
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getLong("id");
  }

  Response approve(String admin, long id) {
    return given()
        .auth()
        .oauth2(Tokens.user(admin))
        .contentType(ContentType.JSON)
        .body("{}")
        .post("/api/v1/tenants/{t}/stage-requests/{id}/approve", slug, id);
  }

  Response get(String path, Object... params) {
    return given()
        .auth()
        .oauth2(Tokens.user(engineer))
        .get("/api/v1/tenants/" + slug + path, params);
  }
}
