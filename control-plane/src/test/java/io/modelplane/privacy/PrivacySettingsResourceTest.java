package io.modelplane.privacy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.modelplane.testing.KeycloakResource;
import io.modelplane.testing.PostgresResource;
import io.modelplane.testing.Tokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kubernetes.client.KubernetesServerTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The privacy policy: admins change it (with If-Match), auditors read it, nobody else. */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KeycloakResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KubernetesServerTestResource.class, scope = TestResourceScope.GLOBAL)
class PrivacySettingsResourceTest {

  private static final String SETTINGS = "/api/v1/tenants/{t}/privacy-settings";

  @AfterEach
  void restorePolicy() {
    PrivacyClient.setPolicy("acme", "{\"redaction\":\"mask\",\"retentionDays\":30}");
  }

  @Test
  void shouldLetAdminsChangeThePolicyAndAuditorsReadIt() {
    // Given the version alice reads
    String etag = given().auth().oauth2(Tokens.user("alice")).get(SETTINGS, "acme").header("ETag");

    // When she changes the policy with that version
    put(
            "alice",
            etag,
            "{\"redaction\":\"hash\",\"retentionDays\":7,\"scanSchedule\":{\"every\":\"24h\",\"target\":{\"type\":\"metadata\"}}}")
        .then()
        .statusCode(200)
        .body("redaction", equalTo("hash"))
        .body("retentionDays", equalTo(7))
        .body("defaults", equalTo(false))
        .body("updatedBy", equalTo("alice"));

    // Then the auditor sees the new policy; the schedule's interval is normalised
    given()
        .auth()
        .oauth2(Tokens.user("dave"))
        .get(SETTINGS, "acme")
        .then()
        .statusCode(200)
        .body("redaction", equalTo("hash"))
        .body("scanSchedule.every", equalTo("PT24H"))
        .body("scanSchedule.target.type", equalTo("metadata"));

    // And a change based on the old version is refused
    problem(put("alice", etag, "{\"redaction\":\"off\"}"), 412);
  }

  @Test
  void shouldRefuseBadPoliciesNamingTheField() {
    problem(put("alice", null, "{\"redaction\":\"scramble\"}"), 400)
        .body("errors[0].field", equalTo("redaction"));
    problem(put("alice", null, "{\"redaction\":\"mask\",\"retentionDays\":0}"), 400)
        .body("errors[0].field", equalTo("retentionDays"));
    problem(
            put(
                "alice",
                null,
                "{\"redaction\":\"mask\",\"scanSchedule\":{\"every\":\"1m\",\"target\":{\"type\":\"metadata\"}}}"),
            400)
        .body("errors[0].field", equalTo("scanSchedule.every"));
    problem(
            put(
                "alice",
                null,
                "{\"redaction\":\"mask\",\"scanSchedule\":{\"every\":\"1h\",\"target\":{\"type\":\"payloads\",\"deployment\":\"gone\"}}}"),
            422)
        .body("errors[0].field", equalTo("scanSchedule.target.deployment"));
  }

  @Test
  void shouldKeepThePolicyFromEveryoneButAdminsAndAuditors() {
    problem(put("dave", null, "{\"redaction\":\"off\"}"), 403);
    problem(put("bob", null, "{\"redaction\":\"off\"}"), 403);
    problem(given().auth().oauth2(Tokens.user("bob")).get(SETTINGS, "acme"), 403);
    problem(given().auth().oauth2(Tokens.user("carol")).get(SETTINGS, "acme"), 403);
  }

  private static Response put(String user, String ifMatch, String json) {
    var request = given().auth().oauth2(Tokens.user(user)).contentType(ContentType.JSON).body(json);
    if (ifMatch != null) {
      request = request.header("If-Match", ifMatch);
    }
    return request.put(SETTINGS, "acme");
  }

  private static io.restassured.response.ValidatableResponse problem(Response r, int status) {
    return r.then().statusCode(status).contentType("application/problem+json");
  }
}
