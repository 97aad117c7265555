package io.modelplane.report;

import static io.restassured.RestAssured.given;

import io.modelplane.testing.RegistryClient;
import io.modelplane.testing.TestArtifacts;
import io.modelplane.testing.Tokens;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Real activity in acme for reports to find, made once through the API by acme's members: a model
 * with two versions and lineage, a production promotion approved by another admin, a deployment
 * updated to v2 and rolled back with a reason, a firing no-traffic alert, a denied call from
 * globex, a metadata privacy scan finding an e-mail address, and an erasure request.
 */
final class ReportFixture {

  static final String COMMIT = "c0ffee1234";
  static final String DATA_DIGEST = "sha256:" + "ab".repeat(32);
  static final String ROLLBACK_REASON = "p99 regression after v2";
  static final String SUBJECT = "jane.roe@example.com";

  static String model;
  static String deployment;
  static Instant start;

  private ReportFixture() {}

  static synchronized void ensure() {
    if (model != null) {
      return;
    }
    start = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(1);
    String bob = Tokens.user("bob");
    String name = RegistryClient.uniqueName("rep");
    RegistryClient.createModel(bob, "acme", name, "classification").then().statusCode(201);
    register(
        bob,
        name,
        "{\"engine\":\"xgboost\",\"lineage\":{\"sourceRepo\":\"https://git.example.com/ml/churn\",\"sourceCommit\":\"%s\",\"trainingDataDigest\":\"%s\"}}"
            .formatted(COMMIT, DATA_DIGEST));
    register(bob, name, "{\"engine\":\"xgboost\",\"lineage\":{\"parentVersion\":1}}");
    approveProduction(bob, name);
    deploy(bob, name);
    deniedFromGlobex(name);
    privacy(bob, name);
    model = name;
  }

  private static void register(String token, String name, String metadata) {
    RegistryClient.register(token, "acme", name, metadata, TestArtifacts.xgboost())
        .then()
        .statusCode(201);
  }

  private static void approveProduction(String bob, String name) {
    long request =
        json(bob)
            .body("{\"targetStage\":\"production\",\"reason\":\"quarterly release\"}")
            .post("/api/v1/tenants/acme/models/{m}/versions/1/stage-requests", name)
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getLong("id");
    json(Tokens.user("alice"))
        .body("{\"comment\":\"metrics reviewed\"}")
        .post("/api/v1/tenants/acme/stage-requests/{id}/approve", request)
        .then()
        .statusCode(200);
  }

  private static void deploy(String bob, String name) {
    deployment = RegistryClient.uniqueName("repd");
    String base = "/api/v1/tenants/acme/deployments";
    json(bob)
        .body(
            "{\"name\":\"%s\",\"environment\":\"prod\",\"backend\":\"kubernetes\",\"model\":\"%s\",\"version\":1,\"reason\":\"first release\"}"
                .formatted(deployment, name))
        .post(base)
        .then()
        .statusCode(201);
    json(bob)
        .body("{\"version\":2,\"reason\":\"v2 with fresh data\"}")
        .patch(base + "/{d}", deployment)
        .then()
        .statusCode(200);
    json(bob)
        .body("{\"toRevision\":1,\"reason\":\"%s\"}".formatted(ROLLBACK_REASON))
        .post(base + "/{d}/rollback", deployment)
        .then()
        .statusCode(200);
    json(bob)
        .body("{\"name\":\"quiet\",\"kind\":\"no_traffic\",\"window\":\"PT10M\"}")
        .post(base + "/{d}/monitors", deployment)
        .then()
        .statusCode(201);
    given()
        .auth()
        .oauth2(bob)
        .post(base + "/{d}/monitors/quiet/evaluate", deployment)
        .then()
        .statusCode(200);
  }

  /** erin of globex reaches for acme's model: 404, recorded in acme's trail. */
  private static void deniedFromGlobex(String name) {
    given()
        .auth()
        .oauth2(Tokens.user("erin"))
        .get("/api/v1/tenants/acme/models/{m}", name)
        .then()
        .statusCode(404);
  }

  private static void privacy(String bob, String name) {
    json(bob)
        .body("{\"description\":\"questions to %s\"}".formatted(SUBJECT))
        .patch("/api/v1/tenants/acme/models/{m}", name)
        .then()
        .statusCode(200);
    Response scan =
        json(bob)
            .body("{\"target\":{\"type\":\"metadata\",\"model\":\"%s\"}}".formatted(name))
            .post("/api/v1/tenants/acme/privacy-scans");
    scan.then().statusCode(202);
    ReportClient.awaitFinished(bob, scan.header("Location"));
    json(Tokens.user("alice"))
        .body("{\"subject\":\"%s\"}".formatted(SUBJECT))
        .post("/api/v1/tenants/acme/erasure-requests")
        .then()
        .statusCode(201);
  }

  private static io.restassured.specification.RequestSpecification json(String token) {
    return given().auth().oauth2(token).contentType(ContentType.JSON);
  }
}
