package io.modelplane.privacy;

import static io.modelplane.privacy.SampleFixture.marker;
import static io.modelplane.privacy.SampleFixture.request;
import static io.modelplane.privacy.SampleFixture.response;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.modelplane.testing.KeycloakResource;
import io.modelplane.testing.PostgresResource;
import io.modelplane.testing.Tokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kubernetes.client.KubernetesServerTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Erasure requests delete exactly the samples holding the subject, in every deployment, and keep
 * evidence that names neither the subject nor anything it could be read from.
 */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KeycloakResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KubernetesServerTestResource.class, scope = TestResourceScope.GLOBAL)
class ErasureResourceTest {

  private static final String ERASURES = "/api/v1/tenants/{t}/erasure-requests";
  private static String first;
  private static String second;

  @Inject SampleFixture samples;

  @BeforeEach
  void twoDeployments() {
    if (first == null) {
      first = samples.deployment(Tokens.user("bob"), "acme");
      second = samples.deployment(Tokens.user("bob"), "acme");
    }
  }

  @AfterEach
  void restorePolicy() {
    PrivacyClient.setPolicy("acme", "{\"redaction\":\"mask\",\"retentionDays\":30}");
  }

  @Test
  void shouldDeleteExactlyTheSamplesHoldingTheSubjectInEveryDeployment() {
    // Given raw samples: the subject in free text (first), as a whole value (second), in neither,
    // and inside a longer address that is someone else's
    PrivacyClient.setPolicy("acme", "{\"redaction\":\"off\",\"retentionDays\":30}");
    String subject = marker() + "@example.com";
    String inText = marker();
    String asValue = marker();
    String unrelated = marker();
    String longer = marker();
    samples.offer(
        "acme", first, request(inText, "please contact " + subject + " today"), response("ok"));
    samples.offer("acme", second, request(asValue, "hi"), response(subject));
    samples.offer("acme", first, request(unrelated, "nothing personal"), response("ok"));
    samples.offer("acme", first, request(longer, "x" + subject + ".au"), response("ok"));
    for (String m : new String[] {inText, asValue, unrelated, longer}) {
      samples.awaitStored("acme", m);
    }

    // When an admin asks for the subject's erasure
    Response erased = erase("alice", subject);

    // Then exactly the two samples holding it are gone, counted per deployment
    erased
        .then()
        .statusCode(201)
        .header("Location", org.hamcrest.Matchers.containsString("/erasure-requests/"));
    assertThat(erased.jsonPath().getString("status")).isEqualTo("completed");
    assertThat(erased.jsonPath().getLong("samplesDeleted")).isEqualTo(2);
    assertThat(erased.jsonPath().getMap("deletedByDeployment"))
        .isEqualTo(Map.of(first, 1, second, 1));
    assertThat(samples.stored("acme", inText)).isEmpty();
    assertThat(samples.stored("acme", asValue)).isEmpty();
    assertThat(samples.stored("acme", unrelated)).hasSize(1);
    assertThat(samples.stored("acme", longer)).hasSize(1);

    // And the evidence, readable by the auditor, holds a keyed hash of the subject, not the subject
    String evidence =
        given().auth().oauth2(Tokens.user("dave")).get(erased.header("Location")).asString();
    assertThat(evidence).doesNotContain(subject).contains("\"samplesDeleted\":2");
    assertThat(erased.jsonPath().getString("subjectHash")).matches("[0-9a-f]{64}");
    assertThat(erased.jsonPath().getString("requestedBy")).isEqualTo("alice");
    assertThat(erased.jsonPath().getString("requestId")).isNotBlank();

    // And so does the audit trail
    String audit =
        given()
            .auth()
            .oauth2(Tokens.user("alice"))
            .queryParam("action", "erasure.request")
            .get("/api/v1/tenants/acme/audit-events")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(audit).contains("erasure.request").doesNotContain(subject);
  }

  @Test
  void shouldFindHashedSamplesByTheSubjectsKeyedHash() {
    // Given a sample stored while acme hashed personal data
    PrivacyClient.setPolicy("acme", "{\"redaction\":\"hash\",\"retentionDays\":30}");
    String subject = marker() + "@example.org";
    String m = marker();
    samples.offer("acme", first, request(m, "from " + subject), response("ok"));
    assertThat((String) samples.awaitStored("acme", m)[0]).doesNotContain(subject);

    // When the subject's erasure is asked for, written differently
    Response erased = erase("alice", subject.toUpperCase(java.util.Locale.ROOT));

    // Then the hashed sample is found through the same normalised hash and deleted
    erased.then().statusCode(201);
    assertThat(erased.jsonPath().getLong("samplesDeleted")).isEqualTo(1);
    assertThat(samples.stored("acme", m)).isEmpty();
  }

  @Test
  void shouldCompleteAnErasureOfAnUnknownSubjectWithNothingDeleted() {
    Response erased = erase("alice", "nobody-" + marker() + "@example.com");

    erased.then().statusCode(201);
    assertThat(erased.jsonPath().getString("status")).isEqualTo("completed");
    assertThat(erased.jsonPath().getLong("samplesDeleted")).isZero();
    assertThat(erased.jsonPath().getMap("deletedByDeployment")).isEmpty();
  }

  @Test
  void shouldListEvidenceForAuditorsButLetOnlyAdminsErase() {
    // Given one erasure
    long id = erase("alice", marker()).then().statusCode(201).extract().jsonPath().getLong("id");

    // Then the auditor lists it, newest first
    given()
        .auth()
        .oauth2(Tokens.user("dave"))
        .get(ERASURES, "acme")
        .then()
        .statusCode(200)
        .body("items[0].id", org.hamcrest.Matchers.equalTo((int) id));

    // And neither the auditor nor an engineer may ask for one; a blank subject is refused
    erase("dave", "someone").then().statusCode(403).contentType("application/problem+json");
    erase("bob", "someone").then().statusCode(403);
    erase("alice", "  ")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", org.hamcrest.Matchers.equalTo("subject"));
  }

  private static Response erase(String user, String subject) {
    return given()
        .auth()
        .oauth2(Tokens.user(user))
        .contentType(ContentType.JSON)
        .body(Map.of("subject", subject))
        .post(ERASURES, "acme");
  }
}
