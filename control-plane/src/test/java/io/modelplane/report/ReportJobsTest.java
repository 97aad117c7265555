package io.modelplane.report;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.modelplane.persistence.TenantWork;
import io.modelplane.report.persistence.ReportJob;
import io.modelplane.report.persistence.ReportJobRepository;
import io.modelplane.report.service.ReportSweep;
import io.modelplane.testing.KeycloakResource;
import io.modelplane.testing.PostgresResource;
import io.modelplane.testing.Tokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kubernetes.client.KubernetesServerTestResource;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Report jobs: bad requests are refused naming the field, unknown reports are 404, and a job left
 * behind by a replica that died is built again by the leader, or failed after its last attempt.
 */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KeycloakResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KubernetesServerTestResource.class, scope = TestResourceScope.GLOBAL)
class ReportJobsTest {

  @Inject ReportSweep sweep;
  @Inject ReportJobRepository jobs;
  @Inject TenantWork tenantWork;

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "from after to|{\"kind\":\"audit\",\"from\":\"2026-02-01T00:00:00Z\",\"to\":\"2026-01-01T00:00:00Z\",\"format\":\"json\"}|from",
        "malformed from|{\"kind\":\"audit\",\"from\":\"yesterday\",\"format\":\"json\"}|from",
        "malformed to|{\"kind\":\"audit\",\"to\":\"2026-13-01\",\"format\":\"json\"}|to",
        "unknown format|{\"kind\":\"audit\",\"format\":\"docx\"}|format",
        "no format|{\"kind\":\"audit\"}|format",
        "unknown kind|{\"kind\":\"usage\",\"format\":\"json\"}|kind",
        "period over a year|{\"kind\":\"audit\",\"from\":\"2024-01-01T00:00:00Z\",\"to\":\"2025-06-01T00:00:00Z\",\"format\":\"json\"}|from",
        "unknown field|{\"kind\":\"audit\",\"format\":\"json\",\"tenant\":\"globex\"}|tenant"
      })
  void shouldRefuseABadRequestNamingTheField(String name, String body, String field) {
    // When dave asks for a report with a bad field / Then 400 names it, and no job is stored
    long before = newestId();
    ReportClient.start("dave", body)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo(field));
    assertThat(newestId()).isEqualTo(before);
  }

  @Test
  void shouldRefuseABadSynchronousReportNamingTheField() {
    given()
        .auth()
        .oauth2(Tokens.user("dave"))
        .queryParam("format", "xlsx")
        .get(ReportClient.REPORTS + "/audit")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("format"));
  }

  @Test
  void shouldAnswer404ForAnUnknownReport() {
    String dave = Tokens.user("dave");
    given().auth().oauth2(dave).get(ReportClient.REPORTS + "/987654321").then().statusCode(404);
    given()
        .auth()
        .oauth2(dave)
        .get(ReportClient.REPORTS + "/987654321/content")
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
  }

  @Test
  void shouldBuildAgainAJobLostWithItsReplica() {
    // Given a job a dead replica was building: running, untouched for longer than stale-after
    long id = lostJob(1);

    // When the leader sweeps
    ReportSweep.Swept swept = sweep.sweep();

    // Then the job is built again here and succeeds, on its second attempt
    assertThat(swept.retried()).isGreaterThanOrEqualTo(1);
    var job = ReportClient.awaitFinished(Tokens.user("dave"), ReportClient.REPORTS + "/" + id);
    assertThat(job.jsonPath().getString("status")).isEqualTo("succeeded");
    assertThat(job.jsonPath().getInt("attempts")).isEqualTo(2);
    assertThat(job.jsonPath().getInt("progress")).isEqualTo(100);
  }

  @Test
  void shouldFailAJobLostOnItsLastAttempt() {
    // Given a lost job that was already started twice
    long id = lostJob(2);

    // When the leader sweeps / Then it is failed with a reason the officer can act on
    sweep.sweep();
    given()
        .auth()
        .oauth2(Tokens.user("dave"))
        .get(ReportClient.REPORTS + "/" + id)
        .then()
        .statusCode(200)
        .body("status", equalTo("failed"))
        .body("error", org.hamcrest.Matchers.containsString("request it again"));
  }

  private long lostJob(int attempts) {
    Instant longAgo = Instant.now().minus(Duration.ofMinutes(10));
    return tenantWork.inTransaction(
        "acme",
        () -> {
          ReportJob job = new ReportJob();
          job.tenant = "acme";
          job.kind = "audit";
          job.format = "json";
          job.from = longAgo.minus(Duration.ofDays(1));
          job.to = longAgo;
          job.status = ReportJob.RUNNING;
          job.progress = 45;
          job.section = "privacy";
          job.attempts = attempts;
          job.requestedBy = "dave";
          job.requestedAt = longAgo;
          job.startedAt = longAgo;
          job.heartbeatAt = longAgo;
          jobs.persist(job);
          return job.id;
        });
  }

  private long newestId() {
    return tenantWork.inTransaction(
        "acme",
        () -> jobs.jobs("acme", null, 1).stream().mapToLong(j -> j.id).findFirst().orElse(0));
  }
}
