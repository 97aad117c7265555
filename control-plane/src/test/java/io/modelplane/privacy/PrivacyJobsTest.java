package io.modelplane.privacy;

import static io.modelplane.privacy.SampleFixture.marker;
import static io.modelplane.privacy.SampleFixture.request;
import static io.modelplane.privacy.SampleFixture.response;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelplane.deployment.persistence.DeploymentRepository;
import io.modelplane.deployment.persistence.PayloadSample;
import io.modelplane.persistence.TenantWork;
import io.modelplane.privacy.persistence.PrivacyScan;
import io.modelplane.privacy.persistence.ScanTarget;
import io.modelplane.privacy.service.PrivacyScheduler;
import io.modelplane.privacy.service.RetentionJob;
import io.modelplane.testing.KeycloakResource;
import io.modelplane.testing.PostgresResource;
import io.modelplane.testing.Tokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kubernetes.client.KubernetesServerTestResource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The leader's jobs: retention purges samples past the tenant's period and calls every retention
 * participant; scheduled scans start when due; scans of a vanished replica are failed.
 */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KeycloakResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KubernetesServerTestResource.class, scope = TestResourceScope.GLOBAL)
class PrivacyJobsTest {

  @Inject SampleFixture samples;
  @Inject RetentionJob retention;
  @Inject PrivacyScheduler scheduler;
  @Inject RecordingParticipant recording;
  @Inject TenantWork tenantWork;
  @Inject DeploymentRepository deployments;
  @Inject EntityManager em;
  @Inject ObjectMapper json;

  @AfterEach
  void restorePolicy() {
    PrivacyClient.setPolicy("globex", "{\"redaction\":\"mask\",\"retentionDays\":30}");
  }

  @Test
  void shouldPurgeSamplesPastTheTenantsRetentionAndAskEveryParticipant() throws Exception {
    // Given globex keeps samples 10 days, and holds one sample 11 days old and one fresh
    PrivacyClient.setPolicy("globex", "{\"redaction\":\"mask\",\"retentionDays\":10}");
    String deployment = samples.deployment(Tokens.user("erin"), "globex");
    String old = marker();
    String fresh = marker();
    storeSampleAged("globex", deployment, old, Duration.ofDays(11));
    samples.offer("globex", deployment, request(fresh, "hello"), response("ok"));
    samples.awaitStored("globex", fresh);

    // When the retention job runs
    retention.purgeAll();

    // Then the old sample is gone, the fresh one stays, and other features got globex's cutoff
    assertThat(samples.stored("globex", old)).isEmpty();
    assertThat(samples.stored("globex", fresh)).hasSize(1);
    assertThat(recording.cutoffOf("globex"))
        .isCloseTo(Instant.now().minus(Duration.ofDays(10)), within(1, ChronoUnit.MINUTES));
  }

  @Test
  void shouldStartAScheduledScanWhenDueAndNotAgainWithinItsInterval() {
    // Given globex scans its model metadata every 6 hours
    PrivacyClient.setPolicy(
        "globex",
        "{\"redaction\":\"mask\",\"retentionDays\":30,\"scanSchedule\":{\"every\":\"6h\",\"target\":{\"type\":\"metadata\"}}}");

    List<Integer> before = scheduledScans();

    // When the scheduler runs twice in a row
    scheduler.startDue();
    List<Integer> afterFirst = scheduledScans();
    scheduler.startDue();

    // Then exactly one scheduled scan was started, run by the system
    assertThat(afterFirst).hasSize(before.size() + 1);
    assertThat(scheduledScans()).isEqualTo(afterFirst);
    given()
        .auth()
        .oauth2(Tokens.user("erin"))
        .get("/api/v1/tenants/globex/privacy-scans/{id}", afterFirst.getFirst())
        .then()
        .statusCode(200)
        .body("trigger", org.hamcrest.Matchers.equalTo("schedule"))
        .body("requestedBy", org.hamcrest.Matchers.equalTo("system"));
  }

  @Test
  void shouldFailAScanWhoseReplicaStoppedTouchingIt() {
    // Given a scan that claims to run but was last touched ten minutes ago
    long id =
        tenantWork.inTransaction(
            "globex",
            () -> {
              PrivacyScan scan = new PrivacyScan();
              scan.tenant = "globex";
              scan.trigger = "manual";
              scan.target = ScanTarget.metadata(null, null);
              scan.maxExamples = 5;
              scan.status = PrivacyScan.RUNNING;
              scan.requestedBy = "erin";
              scan.requestedAt = Instant.now().minus(Duration.ofMinutes(10));
              scan.startedAt = scan.requestedAt;
              scan.heartbeatAt = scan.requestedAt;
              em.persist(scan);
              return scan.id;
            });

    // When the leader sweeps
    scheduler.failStale();

    // Then it is failed with a reason
    given()
        .auth()
        .oauth2(Tokens.user("erin"))
        .get("/api/v1/tenants/globex/privacy-scans/{id}", id)
        .then()
        .statusCode(200)
        .body("status", org.hamcrest.Matchers.equalTo("failed"))
        .body("error", org.hamcrest.Matchers.containsString("start the scan again"));
  }

  private List<Integer> scheduledScans() {
    return given()
        .auth()
        .oauth2(Tokens.user("erin"))
        .queryParam("limit", 200)
        .get("/api/v1/tenants/globex/privacy-scans")
        .jsonPath()
        .getList("items.findAll { it.trigger == 'schedule' }.id");
  }

  /** A sample as the sampler stores it, dated in the past (the sampler only writes "now"). */
  private void storeSampleAged(String tenant, String deployment, String marker, Duration age)
      throws Exception {
    var request = json.readTree(request(marker, "old"));
    tenantWork.run(
        tenant,
        () -> {
          PayloadSample row = new PayloadSample();
          row.tenant = tenant;
          row.deploymentId = deployments.get(tenant, deployment).id;
          row.revision = 1;
          row.sampledAt = Instant.now().minus(age);
          row.status = 200;
          row.latencyMs = 1.0;
          row.request = request;
          em.persist(row);
        });
  }
}
