package io.modelplane.privacy;

import static io.modelplane.privacy.PrivacyClient.SCANS;
import static io.modelplane.privacy.PrivacyClient.startScan;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.modelplane.privacy.service.UploadStaging;
import io.modelplane.privacy.service.UploadTooLargeException;
import io.modelplane.privacy.source.DataFormat;
import io.modelplane.testing.KeycloakResource;
import io.modelplane.testing.PostgresResource;
import io.modelplane.testing.Tokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kubernetes.client.KubernetesServerTestResource;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Bad scan requests get a clear 4xx problem naming what is wrong — never a 5xx — and leave no scan
 * and no file behind. (The test profile limits files to 2 MiB.)
 */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KeycloakResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KubernetesServerTestResource.class, scope = TestResourceScope.GLOBAL)
class PrivacyBadInputTest {

  private static final long LIMIT = 2 * 1024 * 1024;

  @Inject UploadStaging staging;

  @ConfigProperty(name = "modelplane.data-dir")
  Path dataDir;

  @Test
  void shouldRefuseAFileOverTheLimitWith413NamingTheLimit() {
    // Given a CSV one byte over the limit
    String csv = "a\n" + "x".repeat((int) LIMIT - 1);
    Long newest = newestScan();

    // When it is posted
    ValidatableResponse response =
        given().auth().oauth2(bob()).contentType("text/csv").body(csv).post(SCANS, "acme").then();

    // Then it is refused before it is read, and no scan exists
    problem(response, 413).body("detail", containsString(Long.toString(LIMIT)));
    assertThat(newestScan()).isEqualTo(newest);
  }

  @Test
  void shouldStopAStreamThatPassesTheLimitAndDeleteWhatWasWritten() throws IOException {
    // Given a stream of unknown length that goes on past the limit
    InputStream endless =
        new InputStream() {
          long sent;

          @Override
          public int read() {
            return sent++ < LIMIT * 3 ? 'a' : -1;
          }
        };

    // When it is staged, then it is refused and nothing is left in the uploads directory
    assertThatThrownBy(() -> staging.stage(endless, DataFormat.TEXT))
        .isInstanceOf(UploadTooLargeException.class)
        .hasMessageContaining(Long.toString(LIMIT));
    assertThat(leftovers()).isZero();
  }

  @Test
  void shouldRefuseABinaryFileAsNotText() {
    byte[] png = {
      (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'
    };

    ValidatableResponse response =
        given()
            .auth()
            .oauth2(bob())
            .multiPart("file", "photo.png", png, "image/png")
            .post(SCANS, "acme")
            .then();

    problem(response, 422)
        .body("errors[0].field", equalTo("file"))
        .body("detail", containsString("not text"));
  }

  @Test
  void shouldRefuseMalformedCsvNamingTheLine() {
    String csv = "name,email\nann,ann@example.com\n\"bob,bob@example.com\n";

    ValidatableResponse response =
        given().auth().oauth2(bob()).contentType("text/csv").body(csv).post(SCANS, "acme").then();

    problem(response, 422)
        .body("errors[0].field", equalTo("file"))
        .body("detail", containsString("line 3"));
  }

  @Test
  void shouldRefuseMalformedJsonLinesNamingTheLine() {
    String jsonl = "{\"a\":\"x\"}\n{\"a\":\"y\"}\n{\"a\": nope}\n";

    ValidatableResponse response =
        given()
            .auth()
            .oauth2(bob())
            .contentType("application/x-ndjson")
            .body(jsonl.getBytes(java.nio.charset.StandardCharsets.UTF_8))
            .post(SCANS, "acme")
            .then();

    problem(response, 422).body("detail", containsString("line 3"));
  }

  @Test
  void shouldRefuseUnknownEntityTypesNamingTheField() {
    problem(
            startScan(
                    bob(),
                    "acme",
                    "{\"target\":{\"type\":\"metadata\"},\"entities\":[\"email\",\"shoe_size\"]}")
                .then(),
            400)
        .body("errors[0].field", equalTo("entities[1]"))
        .body("detail", containsString("shoe_size"));
    problem(
            given()
                .auth()
                .oauth2(bob())
                .contentType("text/plain")
                .queryParam("entities", "shoe_size")
                .body("hello")
                .post(SCANS, "acme")
                .then(),
            400)
        .body("errors[0].field", equalTo("entities[0]"));
  }

  @Test
  void shouldRefuseBadTargetsNamingTheField() {
    problem(startScan(bob(), "acme", "{\"target\":{\"type\":\"disk\"}}").then(), 400)
        .body("errors[0].field", equalTo("target.type"));
    problem(startScan(bob(), "acme", "{\"entities\":[]}").then(), 400)
        .body("errors[0].field", equalTo("target"));
    problem(
        startScan(
                bob(),
                "acme",
                "{\"target\":{\"type\":\"baseline\",\"model\":\"no-such-model\",\"version\":1}}")
            .then(),
        422);
    problem(
            startScan(bob(), "acme", "{\"target\":{\"type\":\"baseline\",\"model\":\"m\"}}").then(),
            400)
        .body("errors[0].field", equalTo("target.version"));
    problem(
            startScan(bob(), "acme", "{\"target\":{\"type\":\"payloads\",\"deployment\":\"nope\"}}")
                .then(),
            422)
        .body("errors[0].field", equalTo("target.deployment"));
    problem(
            startScan(bob(), "acme", "{\"target\":{\"type\":\"metadata\"},\"maxExamples\":50}")
                .then(),
            400)
        .body("errors[0].field", equalTo("maxExamples"));
  }

  @Test
  void shouldAnswerAnUnknownScanWith404() {
    problem(given().auth().oauth2(bob()).get(SCANS + "/999999999", "acme").then(), 404);
  }

  private static ValidatableResponse problem(ValidatableResponse response, int status) {
    return response
        .statusCode(status)
        .contentType("application/problem+json")
        .body("status", equalTo(status));
  }

  private Long newestScan() {
    Object id =
        given().auth().oauth2(bob()).queryParam("limit", 1).get(SCANS, "acme").path("items[0].id");
    return id == null ? null : ((Number) id).longValue();
  }

  private long leftovers() throws IOException {
    Path uploads = dataDir.resolve("privacy").resolve("uploads");
    if (!Files.exists(uploads)) {
      return 0;
    }
    try (Stream<Path> files = Files.list(uploads)) {
      return files.count();
    }
  }

  private static String bob() {
    return Tokens.user("bob");
  }
}
