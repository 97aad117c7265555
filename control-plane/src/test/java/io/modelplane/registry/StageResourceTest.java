package io.modelplane.registry;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.modelplane.testing.KeycloakResource;
import io.modelplane.testing.PostgresResource;
import io.modelplane.testing.RegistryClient;
import io.modelplane.testing.TestArtifacts;
import io.modelplane.testing.TestUsers;
import io.modelplane.testing.Tokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kubernetes.client.KubernetesServerTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KeycloakResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KubernetesServerTestResource.class, scope = TestResourceScope.GLOBAL)
class StageResourceTest {

  private String model;

  @BeforeEach
  void registeredByBob() {
    model = RegistryClient.modelWithVersion(Tokens.user("bob"), "acme");
  }

  @Test
  void shouldMoveToStagingAtOnce() {
    request(1, "staging").then().statusCode(201).body("state", equalTo("approved"));

    version(1).then().body("stage", equalTo("staging"));
  }

  @Test
  void shouldWaitForAnotherAdminBeforeProduction() {
    // Given bob asks for production
    long id =
        request(1, "production")
            .then()
            .statusCode(201)
            .body("state", equalTo("pending"))
            .extract()
            .jsonPath()
            .getLong("id");
    version(1).then().body("stage", equalTo("none"));

    // When alice, an admin who is not the registrant, approves
    decide("alice", id, "approve").then().statusCode(200).body("state", equalTo("approved"));

    // Then the version is in production and the transition is recorded with the approver
    version(1).then().body("stage", equalTo("production"));
    given()
        .auth()
        .oauth2(Tokens.user("dave"))
        .get("/api/v1/tenants/acme/models/{m}/versions/1/transitions", model)
        .then()
        .statusCode(200)
        .body("to", equalTo(List.of("production")))
        .body("actor[0]", equalTo("alice"));
  }

  @Test
  void shouldRefuseApprovalByTheRegistrantEvenWhenAdmin() {
    // Given alice (an admin) registered and asked for production herself
    String own = RegistryClient.modelWithVersion(Tokens.user("alice"), "acme");
    long id =
        given()
            .auth()
            .oauth2(Tokens.user("alice"))
            .contentType(ContentType.JSON)
            .body("{\"targetStage\":\"production\"}")
            .post("/api/v1/tenants/acme/models/{m}/versions/1/stage-requests", own)
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getLong("id");

    // When she approves her own request / Then four-eyes refuses it
    decide("alice", id, "approve").then().statusCode(403).contentType("application/problem+json");

    // And a second admin can
    String secondAdmin = TestUsers.create(List.of("/tenants/acme/admin"));
    decide(secondAdmin, id, "approve").then().statusCode(200).body("state", equalTo("approved"));
  }

  @Test
  void shouldRefuseApprovalByEngineer() {
    long id = request(1, "production").then().statusCode(201).extract().jsonPath().getLong("id");

    decide("bob", id, "approve").then().statusCode(403);
    version(1).then().body("stage", equalTo("none"));
  }

  @Test
  void shouldRejectAndLeaveStageAlone() {
    long id = request(1, "production").then().statusCode(201).extract().jsonPath().getLong("id");

    decide("alice", id, "reject").then().statusCode(200).body("state", equalTo("rejected"));

    version(1).then().body("stage", equalTo("none"));
    decide("alice", id, "approve").then().statusCode(409);
  }

  @Test
  void shouldArchivePreviousProductionVersion() {
    // Given version 1 in production
    long first = request(1, "production").then().statusCode(201).extract().jsonPath().getLong("id");
    decide("alice", first, "approve").then().statusCode(200);

    // When version 2 is promoted
    RegistryClient.register(
            Tokens.user("bob"), "acme", model, "{\"engine\":\"onnx\"}", TestArtifacts.minilmZip())
        .then()
        .statusCode(201);
    long second =
        request(2, "production").then().statusCode(201).extract().jsonPath().getLong("id");
    decide("alice", second, "approve").then().statusCode(200);

    // Then only version 2 is in production
    version(1).then().body("stage", equalTo("archived"));
    version(2).then().body("stage", equalTo("production"));
  }

  @Test
  void shouldReplayRetriedStageRequestInsteadOfAskingTwice() {
    // Given a production request sent with an Idempotency-Key
    String key = "promote-" + model;
    Response first =
        keyed("bob", key, "{\"targetStage\":\"production\"}")
            .post("/api/v1/tenants/acme/models/{m}/versions/1/stage-requests", model);

    // When the pipeline retries it with the same key
    Response retry =
        keyed("bob", key, "{\"targetStage\":\"production\"}")
            .post("/api/v1/tenants/acme/models/{m}/versions/1/stage-requests", model);

    // Then the first answer is replayed (not a 409 "already pending") and one request exists
    first.then().statusCode(201);
    retry
        .then()
        .statusCode(201)
        .header("Idempotent-Replayed", "true")
        .header("Location", equalTo(first.header("Location")));
    assertThat(retry.asString()).isEqualTo(first.asString());
    assertThat(requests(1)).hasSize(1);
  }

  @Test
  void shouldReplayRetriedApprovalAndRecordItOnce() {
    // Given a pending production request that alice approved with an Idempotency-Key
    long id = request(1, "production").then().statusCode(201).extract().jsonPath().getLong("id");
    String key = "approve-" + id;
    Response first =
        keyed("alice", key, "{\"comment\":\"ok\"}")
            .post("/api/v1/tenants/acme/stage-requests/{id}/approve", id);

    // When her click is retried with the same key
    Response retry =
        keyed("alice", key, "{\"comment\":\"ok\"}")
            .post("/api/v1/tenants/acme/stage-requests/{id}/approve", id);

    // Then she gets the same answer instead of "already decided", and one approval is recorded
    first.then().statusCode(200).body("state", equalTo("approved"));
    retry.then().statusCode(200).header("Idempotent-Replayed", "true");
    assertThat(retry.asString()).isEqualTo(first.asString());
    given()
        .auth()
        .oauth2(Tokens.user("carol"))
        .get("/api/v1/tenants/acme/stage-requests/{id}", id)
        .then()
        .statusCode(200)
        .body("decisions.approver", equalTo(List.of("alice")));
    given()
        .auth()
        .oauth2(Tokens.user("carol"))
        .get("/api/v1/tenants/acme/models/{m}/versions/1/transitions", model)
        .then()
        .body("to", equalTo(List.of("production")));
  }

  @Test
  void shouldReplayRetriedCancel() {
    // Given bob cancelled his pending request with an Idempotency-Key
    long id = request(1, "production").then().statusCode(201).extract().jsonPath().getLong("id");
    String key = "cancel-" + id;
    Response first =
        keyed("bob", key, null).post("/api/v1/tenants/acme/stage-requests/{id}/cancel", id);

    // When the call is retried / Then the first answer comes back, not a 409
    Response retry =
        keyed("bob", key, null).post("/api/v1/tenants/acme/stage-requests/{id}/cancel", id);

    first.then().statusCode(200).body("state", equalTo("cancelled"));
    retry.then().statusCode(200).header("Idempotent-Replayed", "true");
    assertThat(retry.asString()).isEqualTo(first.asString());
  }

  private static io.restassured.specification.RequestSpecification keyed(
      String user, String key, String json) {
    var spec = given().auth().oauth2(Tokens.user(user)).header("Idempotency-Key", key);
    return json == null ? spec : spec.contentType(ContentType.JSON).body(json);
  }

  private List<Object> requests(int version) {
    return given()
        .auth()
        .oauth2(Tokens.user("carol"))
        .get("/api/v1/tenants/acme/models/{m}/versions/{v}/stage-requests", model, version)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("id");
  }

  private Response request(int version, String target) {
    return given()
        .auth()
        .oauth2(Tokens.user("bob"))
        .contentType(ContentType.JSON)
        .body("{\"targetStage\":\"%s\",\"reason\":\"offline eval passed\"}".formatted(target))
        .post("/api/v1/tenants/acme/models/{m}/versions/{v}/stage-requests", model, version);
  }

  private static Response decide(String user, long id, String decision) {
    return given()
        .auth()
        .oauth2(Tokens.user(user))
        .contentType(ContentType.JSON)
        .body("{\"comment\":\"looks good\"}")
        .post("/api/v1/tenants/acme/stage-requests/{id}/" + decision, id);
  }

  private Response version(int number) {
    return given()
        .auth()
        .oauth2(Tokens.user("carol"))
        .get("/api/v1/tenants/acme/models/{m}/versions/{v}", model, number);
  }
}
