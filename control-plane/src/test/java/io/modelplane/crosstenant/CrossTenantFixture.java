package io.modelplane.crosstenant;

import static io.restassured.RestAssured.given;

import io.modelplane.testing.RegistryClient;
import io.modelplane.testing.TestArtifacts;
import io.modelplane.testing.Tokens;
import io.restassured.http.ContentType;

/**
 * The objects in acme the harness attacks: a model with one version, the champion alias, and a
 * pending production request. Created once, through the API, by acme's own members.
 */
final class CrossTenantFixture {

  static final String MODEL = "xt-fixture";
  static final String DEPLOYMENT = "xt-fixture";
  private static Long request;

  private CrossTenantFixture() {}

  static synchronized void ensure() {
    if (request != null) {
      return;
    }
    String bob = Tokens.user("bob");
    RegistryClient.createModel(bob, "acme", MODEL, "classification");
    RegistryClient.register(
        bob, "acme", MODEL, "{\"engine\":\"xgboost\"}", TestArtifacts.xgboost());
    given()
        .auth()
        .oauth2(bob)
        .contentType(ContentType.JSON)
        .body("{\"version\":1}")
        .put("/api/v1/tenants/acme/models/{m}/aliases/champion", MODEL)
        .then()
        .statusCode(200);
    request =
        given()
            .auth()
            .oauth2(bob)
            .contentType(ContentType.JSON)
            .body("{\"targetStage\":\"production\"}")
            .post("/api/v1/tenants/acme/models/{m}/versions/1/stage-requests", MODEL)
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getLong("id");
    given()
        .auth()
        .oauth2(bob)
        .contentType(ContentType.JSON)
        .body(
            "{\"name\":\"%s\",\"environment\":\"dev\",\"backend\":\"kubernetes\",\"model\":\"%s\",\"version\":1,\"reason\":\"fixture\"}"
                .formatted(DEPLOYMENT, MODEL))
        .post("/api/v1/tenants/acme/deployments")
        .then()
        .statusCode(201);
  }

  static String fill(String path) {
    return path.replace("{model}", MODEL)
        .replace("{deployment}", DEPLOYMENT)
        .replace("{request}", String.valueOf(request));
  }
}
