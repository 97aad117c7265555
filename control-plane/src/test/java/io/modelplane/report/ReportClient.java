package io.modelplane.report;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.modelplane.testing.Tokens;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;

/** Report calls the tests repeat; dave is acme's auditor. */
final class ReportClient {

  static final String REPORTS = "/api/v1/tenants/acme/reports";

  private ReportClient() {}

  static Response start(String user, String json) {
    return given()
        .auth()
        .oauth2(Tokens.user(user))
        .contentType(ContentType.JSON)
        .body(json)
        .post(REPORTS);
  }

  static String body(String format, Instant from, Instant to) {
    return "{\"kind\":\"audit\",\"from\":\"%s\",\"to\":\"%s\",\"format\":\"%s\"}"
        .formatted(from, to, format);
  }

  /** Waits until the job or scan at {@code location} has finished, then returns it. */
  static Response awaitFinished(String token, String location) {
    await()
        .atMost(Duration.ofSeconds(120))
        .pollInterval(Duration.ofMillis(200))
        .until(
            () -> {
              String status = given().auth().oauth2(token).get(location).path("status");
              return "succeeded".equals(status) || "failed".equals(status);
            });
    return given().auth().oauth2(token).get(location);
  }

  /** A report of the fixture's period built by a job, as dave; the finished job. */
  static Response job(String format) {
    Response started = start("dave", body(format, ReportFixture.start, periodEnd()));
    started.then().statusCode(202);
    return awaitFinished(Tokens.user("dave"), started.header("Location"));
  }

  static Response content(Response job) {
    return given().auth().oauth2(Tokens.user("dave")).get(job.jsonPath().getString("content"));
  }

  /** The synchronous report of the fixture's period, as dave. */
  static Response now(String format) {
    return given()
        .auth()
        .oauth2(Tokens.user("dave"))
        .queryParam("from", ReportFixture.start.toString())
        .queryParam("to", periodEnd().toString())
        .queryParam("format", format)
        .get(REPORTS + "/audit");
  }

  static Instant periodEnd() {
    return Instant.now().plusSeconds(60);
  }
}
