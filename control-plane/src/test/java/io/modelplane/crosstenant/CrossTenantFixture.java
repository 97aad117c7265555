package io.modelplane.crosstenant;

import static io.restassured.RestAssured.given;

import io.modelplane.testing.RegistryClient;
import io.modelplane.testing.TestArtifacts;
import io.modelplane.testing.Tokens;
import io.restassured.http.ContentType;

/**
 * The objects in acme the harness attacks: a model with one version and its baseline, the champion
 * alias, and a pending production request. Created once, through the API, by acme's own members.
 */
final class CrossTenantFixture {

  static final String MODEL = "xt-fixture";
  static final String DEPLOYMENT = "xt-fixture";
  static final String BASELINE = "f0,f1,f2,f3\n0.1,0.2,0.3,0.4\n0.5,0.6,0.7,0.8\n";
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
        .contentType("text/csv")
        .body(BASELINE)
        .put("/api/v1/tenants/acme/models/{m}/versions/1/baseline", MODEL)
        .then()
        .statusCode(200);
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
