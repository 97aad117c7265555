package io.modelplane.privacy;

import static io.modelplane.privacy.PrivacyClient.SCANS;
import static io.modelplane.privacy.PrivacyClient.finished;
import static io.modelplane.privacy.PrivacyClient.modelWithBaseline;
import static io.modelplane.privacy.PrivacyClient.startScan;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.modelplane.testing.KeycloakResource;
import io.modelplane.testing.PostgresResource;
import io.modelplane.testing.Tokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kubernetes.client.KubernetesServerTestResource;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Scans through the API: planted personal data is counted exactly per column and entity type,
 * examples come back masked, and every kind of target and upload works.
 */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KeycloakResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KubernetesServerTestResource.class, scope = TestResourceScope.GLOBAL)
class PrivacyScanResourceTest {

  /** Planted: 5 e-mails, 3 phones, 3 cards (and one with a wrong Luhn digit), 1 SSN, 1 IBAN, … */
  static final String PLANTED =
      """
      id,name,email,phone,card,notes
      1,Ann,ann@example.com,+1 415 555 2671,4242 4242 4242 4242,first customer
      2,Bob,bob@example.org,(415) 555-2672,4242424242424241,likes tea
      3,Cy,cy.z@example.net,n/a,5555-5555-5555-4444,"SSN 123-45-6789, backup c@example.com"
      4,Di,,020 7946 0958,,call 5551234567
      5,Ed,ed@example.com,,378282246310005,IBAN DE89 3704 0044 0532 0130 00
      6,Flo,not-an-email,,1234,token AKIAIOSFODNN7EXAMPLE from 10.0.0.1
      """;

  static final List<String> RAW_VALUES =
      List.of(
          "ann@example.com",
          "415 555 2671",
          "4242 4242 4242 4242",
          "123-45-6789",
          "DE89 3704 0044 0532 0130 00",
          "AKIAIOSFODNN7EXAMPLE");

  @Test
  void shouldCountPlantedPiiInABaselineExactlyPerColumn() {
    // Given a version whose baseline holds planted personal data and a secret
    String model = modelWithBaseline(bob(), "acme", PLANTED);

    // When an engineer scans it
    Response accepted =
        startScan(
            bob(),
            "acme",
            "{\"target\":{\"type\":\"baseline\",\"model\":\"%s\",\"version\":1}}".formatted(model));

    // Then the scan is accepted and runs in the background
    accepted
        .then()
        .statusCode(202)
        .body("status", org.hamcrest.Matchers.oneOf("pending", "running", "succeeded"));
    String location = accepted.header("Location");
    Response scan = finished(bob(), location);

    // And the findings count each entity exactly, per column, with masked examples only
    JsonPath body = scan.then().statusCode(200).extract().jsonPath();
    assertThat(body.getString("status")).isEqualTo("succeeded");
    assertThat(body.getDouble("progress")).isEqualTo(1.0);
    assertThat(body.getLong("records")).isEqualTo(6);
    assertThat(body.getList("findings", Map.class))
        .extracting(
            f -> f.get("location"),
            f -> f.get("entity"),
            f -> f.get("severity"),
            f -> f.get("count"))
        .containsExactlyInAnyOrder(
            tuple("card", "payment_card", "high", 3),
            tuple("email", "email", "medium", 4),
            tuple("notes", "aws_access_key", "high", 1),
            tuple("notes", "iban", "high", 1),
            tuple("notes", "us_ssn", "high", 1),
            tuple("notes", "email", "medium", 1),
            tuple("notes", "ip_address", "low", 1),
            tuple("phone", "phone", "medium", 3));
    assertThat(body.getMap("totals"))
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "email",
                5,
                "phone",
                3,
                "payment_card",
                3,
                "us_ssn",
                1,
                "iban",
                1,
                "aws_access_key",
                1,
                "ip_address",
                1));
    assertThat(body.getList("findings.find { it.location == 'card' }.examples"))
        .containsExactly("**** **** **** 4242", "****-****-****-4444", "***********0005");
    assertThat(body.getList("findings.find { it.location == 'email' }.examples"))
        .containsExactly("a***@e***.com", "b***@e***.org", "c***@e***.net", "e***@e***.com");
    assertThat(scan.asString()).doesNotContain(RAW_VALUES);
  }

  @Test
  void shouldListScansNewestFirstForAuditors() {
    // Given two scans of the tenant's model metadata
    for (int i = 0; i < 2; i++) {
      startScan(bob(), "acme", "{\"target\":{\"type\":\"metadata\"}}").then().statusCode(202);
    }

    // When an auditor lists them
    Response list =
        given().auth().oauth2(Tokens.user("dave")).queryParam("limit", 2).get(SCANS, "acme");

    // Then the newest come first, with a cursor to the rest and no findings in the summary
    list.then().statusCode(200);
    List<Integer> ids = list.jsonPath().getList("items.id");
    assertThat(ids).hasSize(2).isSortedAccordingTo((a, b) -> b - a);
    assertThat(list.jsonPath().getString("nextCursor")).isNotNull();
    assertThat(list.jsonPath().getList("items.findings")).containsOnlyNulls();
  }

  @Test
  void shouldScanModelMetadata() {
    // Given a model whose description, tags and version metadata carry personal data
    String model = io.modelplane.testing.RegistryClient.uniqueName("meta");
    given()
        .auth()
        .oauth2(bob())
        .contentType("application/json")
        .body(
            "{\"name\":\"%s\",\"task\":\"classification\",\"description\":\"Owner: jane.doe@example.com\",\"tags\":{\"oncall\":\"+44 20 7946 0958\",\"team\":\"search\"}}"
                .formatted(model))
        .post("/api/v1/tenants/acme/models")
        .then()
        .statusCode(201);
    io.modelplane.testing.RegistryClient.register(
            bob(),
            "acme",
            model,
            "{\"engine\":\"xgboost\",\"description\":\"labelled by 123-45-6789\","
                + "\"parameters\":{\"notes\":\"api_key=abcdef0123456789XYZ\",\"depth\":\"6\"}}",
            io.modelplane.testing.TestArtifacts.xgboost())
        .then()
        .statusCode(201);

    // When its metadata is scanned
    String location =
        startScan(
                bob(),
                "acme",
                "{\"target\":{\"type\":\"metadata\",\"model\":\"%s\"}}".formatted(model))
            .then()
            .statusCode(202)
            .extract()
            .header("Location");

    // Then each field is reported by name
    JsonPath body = finished(bob(), location).jsonPath();
    assertThat(body.getString("status")).isEqualTo("succeeded");
    assertThat(body.getList("findings", Map.class))
        .extracting(f -> f.get("location"), f -> f.get("entity"), f -> f.get("count"))
        .containsExactlyInAnyOrder(
            tuple("description", "email", 1),
            tuple("tags.oncall", "phone", 1),
            tuple("versions[1].description", "us_ssn", 1),
            tuple("versions[1].parameters.notes", "api_key", 1));
  }

  @Test
  void shouldScanAFileSentAsTheBodyOnlyForTheRequestedTypes() {
    // When a CSV is posted as the body, looking for e-mails and SSNs only
    Response accepted =
        given()
            .auth()
            .oauth2(bob())
            .contentType("text/csv")
            .queryParam("entities", "email,us_ssn")
            .queryParam("name", "customers.csv")
            .body(PLANTED)
            .post(SCANS, "acme");

    // Then only those are counted
    accepted.then().statusCode(202).body("target.type", org.hamcrest.Matchers.equalTo("file"));
    JsonPath body = finished(bob(), accepted.header("Location")).jsonPath();
    assertThat(body.getString("target.fileName")).isEqualTo("customers.csv");
    assertThat(body.getMap("totals"))
        .containsExactlyInAnyOrderEntriesOf(Map.of("email", 5, "us_ssn", 1));
  }

  @Test
  void shouldScanJsonLinesSentAsAMultipartFile() {
    // Given JSON lines with nested personal data
    String jsonl =
        "{\"user\":{\"email\":\"x@example.com\"},\"ip\":\"2001:db8::1\"}\n"
            + "{\"user\":{\"email\":\"y@example.com\"},\"card\":4242424242424242}\n";

    // When it is uploaded as the part "file"
    Response accepted =
        given()
            .auth()
            .oauth2(bob())
            .multiPart("file", "events.jsonl", jsonl.getBytes(), "application/octet-stream")
            .post(SCANS, "acme");

    // Then values are reported under their JSON paths (the format came from the file name)
    accepted.then().statusCode(202);
    JsonPath body = finished(bob(), accepted.header("Location")).jsonPath();
    assertThat(body.getString("target.format")).isEqualTo("jsonl");
    assertThat(body.getList("findings", Map.class))
        .extracting(f -> f.get("location"), f -> f.get("entity"), f -> f.get("count"))
        .containsExactlyInAnyOrder(
            tuple("user.email", "email", 2),
            tuple("ip", "ip_address", 1),
            tuple("card", "payment_card", 1));
  }

  @Test
  void shouldScanPlainText() {
    Response accepted =
        given()
            .auth()
            .oauth2(bob())
            .contentType("text/plain")
            .body("Dear ann@example.com,\nyour NI number AB 12 34 56 C is on file.\n")
            .post(SCANS, "acme");

    accepted.then().statusCode(202);
    JsonPath body = finished(bob(), accepted.header("Location")).jsonPath();
    assertThat(body.getMap("totals"))
        .containsExactlyInAnyOrderEntriesOf(Map.of("email", 1, "uk_nino", 1));
    assertThat(body.getList("findings.location")).containsOnly("text");
  }

  private static String bob() {
    return Tokens.user("bob");
  }
}
