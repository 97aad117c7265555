package io.modelplane.latency;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.equalTo;

import io.modelplane.deployment.service.DeploymentQueries;
import io.modelplane.latency.persistence.LatencyBucket;
import io.modelplane.latency.persistence.LatencyBuckets;
import io.modelplane.latency.service.LatencyFlusher;
import io.modelplane.latency.service.LatencyRecorder;
import io.modelplane.latency.service.LatencyRecorder.Series;
import io.modelplane.latency.service.LatencyRetention;
import io.modelplane.latency.service.LatencyRollup;
import io.modelplane.monitoring.latency.LatencySketch;
import io.modelplane.persistence.TenantWork;
import io.modelplane.testing.KeycloakResource;
import io.modelplane.testing.PostgresResource;
import io.modelplane.testing.RegistryClient;
import io.modelplane.testing.TestArtifacts;
import io.modelplane.testing.Tokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kubernetes.client.KubernetesServerTestResource;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Latency windows: exact merges across replicas and roll-ups, over the API. */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KeycloakResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KubernetesServerTestResource.class, scope = TestResourceScope.GLOBAL)
class LatencyResourceTest {

  @Inject LatencyRecorder recorder;
  @Inject LatencyFlusher flusher;
  @Inject LatencyRollup rollup;
  @Inject LatencyBuckets buckets;
  @Inject TenantWork tenantWork;
  @Inject LatencyRetention retention;
  @Inject DeploymentQueries queries;

  private String name;
  private long id;

  @BeforeEach
  void deployment() {
    String model = RegistryClient.uniqueName("lm");
    RegistryClient.createModel(bob(), "acme", model, "classification").then().statusCode(201);
    RegistryClient.register(
            bob(), "acme", model, "{\"engine\":\"xgboost\"}", TestArtifacts.xgboost())
        .then()
        .statusCode(201);
    name = RegistryClient.uniqueName("lat");
    given()
        .auth()
        .oauth2(bob())
        .contentType(ContentType.JSON)
        .body(
            "{\"name\":\"%s\",\"environment\":\"dev\",\"backend\":\"kubernetes\",\"model\":\"%s\",\"version\":1,\"reason\":\"latency\"}"
                .formatted(name, model))
        .post("/api/v1/tenants/acme/deployments")
        .then()
        .statusCode(201);
    id = tenantWork.inTransaction("acme", () -> queries.details("acme", name).deployment().id);
  }

  @Test
  void shouldMergeTwoReplicasMinutesExactly() {
    // Given one minute served by this replica and by another one, 3,000 requests in all
    Instant minute = Instant.now().truncatedTo(ChronoUnit.MINUTES).minus(10, ChronoUnit.MINUTES);
    double[] all = latencies(3000, 7);
    LatencySketch other = LatencySketch.empty();
    for (int i = 0; i < all.length; i++) {
      if (i % 3 == 0) {
        other.record(all[i], i % 100 == 0);
      } else {
        recorder.record(
            new Series("acme", id, 1), minute.plusSeconds(i % 60), all[i], i % 100 == 0);
      }
    }
    flusher.flush();
    storeAsOtherReplica(minute, other);

    // When the window is asked for
    JsonPath answer = latency(minute.minusSeconds(60), minute.plusSeconds(120));

    // Then it counts both replicas' requests and its p99 is within 1% of the exact one
    Arrays.sort(all);
    assertThat(answer.getBoolean("noData")).isFalse();
    assertThat(answer.getLong("revisions[0].summary.requests")).isEqualTo(3000);
    assertThat(answer.getLong("revisions[0].summary.errors")).isEqualTo(30);
    assertThat(answer.getDouble("revisions[0].summary.p99"))
        .isCloseTo(all[(int) (0.99 * 2999)], within(all[(int) (0.99 * 2999)] * 0.01));
    assertThat(answer.getDouble("revisions[0].summary.errorRate")).isEqualTo(0.01);
    assertThat(answer.getList("revisions[0].points")).hasSize(1);
  }

  @Test
  void shouldAnswerTheSameAfterTheHourIsRolledUp() {
    // Given a closed hour with requests in several minutes
    Instant hour = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(3, ChronoUnit.HOURS);
    double[] values = latencies(1200, 11);
    for (int i = 0; i < values.length; i++) {
      recorder.record(new Series("acme", id, 2), hour.plusSeconds(i * 3L), values[i], false);
    }
    flusher.flush();
    JsonPath before = latency(hour, hour.plusSeconds(3600));

    // When the leader rolls it up
    rollup.rollUp();

    // Then one hour row holds it and the window's answer is unchanged
    long hourRows =
        tenantWork.inTransaction(
            "acme",
            () -> buckets.between(id, LatencyBucket.HOUR, hour, hour.plusSeconds(3600)).size());
    assertThat(hourRows).isEqualTo(1);
    JsonPath after = latency(hour, hour.plusSeconds(3600));
    assertThat(after.getLong("revisions[0].summary.requests")).isEqualTo(1200);
    assertThat(after.getDouble("revisions[0].summary.p99"))
        .isEqualTo(before.getDouble("revisions[0].summary.p99"));
    assertThat(after.getDouble("revisions[0].summary.p50"))
        .isEqualTo(before.getDouble("revisions[0].summary.p50"));
  }

  @Test
  void shouldSayNoDataForAQuietWindow() {
    given()
        .auth()
        .oauth2(Tokens.user("carol"))
        .get("/api/v1/tenants/acme/deployments/{d}/latency", name)
        .then()
        .statusCode(200)
        .body("noData", equalTo(true))
        .body("revisions.size()", equalTo(0));
  }

  @Test
  void shouldRejectAWindowThatIsBackwardsOrTooLong() {
    given()
        .auth()
        .oauth2(bob())
        .queryParam("from", "2026-11-23T10:00:00Z")
        .queryParam("to", "2026-11-23T09:00:00Z")
        .get("/api/v1/tenants/acme/deployments/{d}/latency", name)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("from"));
    given()
        .auth()
        .oauth2(bob())
        .queryParam("from", "2026-09-01T00:00:00Z")
        .queryParam("to", "2026-11-01T00:00:00Z")
        .get("/api/v1/tenants/acme/deployments/{d}/latency", name)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("from"));
    given()
        .auth()
        .oauth2(bob())
        .queryParam("to", "yesterday")
        .get("/api/v1/tenants/acme/deployments/{d}/latency", name)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("to"));
  }

  @Test
  void shouldPurgeWindowsOlderThanTheTenantsRetention() {
    // Given a minute 40 days old and one from ten minutes ago
    Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
    LatencySketch sketch = LatencySketch.empty();
    sketch.record(5, false);
    storeAsOtherReplica(now.minus(40, ChronoUnit.DAYS), sketch);
    storeAsOtherReplica(now.minus(10, ChronoUnit.MINUTES), sketch);

    // When the retention job purges with a 30-day cutoff
    long purged =
        tenantWork.inTransaction(
            "acme", () -> retention.purge("acme", now.minus(30, ChronoUnit.DAYS)));

    // Then only the old window is gone
    assertThat(purged).isEqualTo(1);
    long left =
        tenantWork.inTransaction(
            "acme",
            () ->
                buckets
                    .between(id, LatencyBucket.MINUTE, now.minus(60, ChronoUnit.DAYS), now)
                    .size());
    assertThat(left).isEqualTo(1);
  }

  private void storeAsOtherReplica(Instant minute, LatencySketch sketch) {
    tenantWork.run(
        "acme",
        () -> {
          LatencyBucket b = new LatencyBucket();
          b.tenant = "acme";
          b.deploymentId = id;
          b.revision = 1;
          b.resolution = LatencyBucket.MINUTE;
          b.bucketStart = minute;
          b.replica = "replica-b";
          b.requests = sketch.requests();
          b.errors = sketch.errors();
          b.sketch = sketch.encode();
          buckets.add(b);
        });
  }

  private JsonPath latency(Instant from, Instant to) {
    return given()
        .auth()
        .oauth2(bob())
        .queryParam("from", from.toString())
        .queryParam("to", to.toString())
        .get("/api/v1/tenants/acme/deployments/{d}/latency", name)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  private static double[] latencies(int n, long seed) {
    Random random = new Random(seed);
    double[] values = new double[n];
    for (int i = 0; i < n; i++) {
      values[i] = Math.exp(Math.log(8) + 0.7 * random.nextGaussian());
    }
    return values;
  }

  private static String bob() {
    return Tokens.user("bob");
  }
}
