package io.modelplane.privacy;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.modelplane.testing.RegistryClient;
import io.modelplane.testing.TestArtifacts;
import io.modelplane.testing.Tokens;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;

/** Privacy calls the tests repeat. */
final class PrivacyClient {

  static final String SCANS = "/api/v1/tenants/{t}/privacy-scans";

  private PrivacyClient() {}

  static Response startScan(String token, String tenant, String json) {
    return given()
        .auth()
        .oauth2(token)
        .contentType(ContentType.JSON)
        .body(json)
        .post(SCANS, tenant);
  }

  /** Waits until the scan at {@code location} has finished, then returns it. */
  static Response finished(String token, String location) {
    await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(200))
        .until(
            () -> {
              String status = given().auth().oauth2(token).get(location).path("status");
              return "succeeded".equals(status) || "failed".equals(status);
            });
    return given().auth().oauth2(token).get(location);
  }

  /** A model with one XGBoost version and the given baseline; returns the model's name. */
  static String modelWithBaseline(String token, String tenant, String csv) {
    String model = RegistryClient.uniqueName("pii");
    RegistryClient.createModel(token, tenant, model, "classification").then().statusCode(201);
    RegistryClient.register(
            token, tenant, model, "{\"engine\":\"xgboost\"}", TestArtifacts.xgboost())
        .then()
        .statusCode(201);
    given()
        .auth()
        .oauth2(token)
        .contentType("text/csv")
        .body(csv)
        .put("/api/v1/tenants/{t}/models/{m}/versions/1/baseline", tenant, model)
        .then()
        .statusCode(200);
    return model;
  }

  static void setPolicy(String tenant, String json) {
    given()
        .auth()
        .oauth2(Tokens.user(tenant.equals("acme") ? "alice" : "erin"))
        .contentType(ContentType.JSON)
        .body(json)
        .put("/api/v1/tenants/{t}/privacy-settings", tenant)
        .then()
        .statusCode(200);
  }
}
