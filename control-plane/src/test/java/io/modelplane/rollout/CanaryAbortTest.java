package io.modelplane.rollout;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.modelplane.backend.DeploymentKey;
import io.modelplane.backend.Replica;
import io.modelplane.config.InstanceId;
import io.modelplane.deployment.service.DeploymentQueries;
import io.modelplane.gateway.RoutingTable;
import io.modelplane.gateway.StubRunner;
import io.modelplane.gateway.StubRunner.Behaviour;
import io.modelplane.latency.persistence.LatencyBucket;
import io.modelplane.latency.persistence.LatencyBuckets;
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
import io.vertx.core.Vertx;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A canary whose replica answers 500s is aborted by the rollout controller from what the gateway
 * measured, through the real inference endpoint: traffic goes back to the stable revision and the
 * failed gate is recorded. The deployment runs on the Kubernetes backend (mock API server, so no
 * pods); its revisions' replicas are stub HTTP runners put into the gateway's routing table.
 */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KeycloakResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KubernetesServerTestResource.class, scope = TestResourceScope.GLOBAL)
class CanaryAbortTest {

  private static final String BODY =
      "{\"inputs\":[{\"name\":\"input\",\"shape\":[1,4],\"datatype\":\"FP32\",\"data\":[1,2,3,4]}]}";

  @Inject RoutingTable routing;
  @Inject TenantWork tenantWork;
  @Inject DeploymentQueries queries;
  @Inject LatencyBuckets buckets;
  @Inject InstanceId instanceId;

  @Test
  void shouldAbortACanaryWhoseRequestsFailAndRecordTheFailedGate() throws Exception {
    Vertx vertx = Vertx.vertx();
    try (StubRunner stable = StubRunner.start(vertx, Behaviour.ANSWER, 1);
        StubRunner canary = StubRunner.start(vertx, Behaviour.FAIL, 2)) {
      // Given a deployment of version 1 and a canary of version 2 at 50%, whose error-rate gate
      // (5%) is judged after 5 requests and whose step would otherwise last an hour
      String model = RegistryClient.uniqueName("ca");
      String name = RegistryClient.uniqueName("ca");
      long id = startCanary(model, name);
      // the controller has opened the step's measurement window once it recorded a first verdict
      await()
          .atMost(Duration.ofSeconds(30))
          .untilAsserted(() -> rollout(name).body("gateResults.size()", not(equalTo(0))));

      // When requests flow, half of them to the failing canary (the route is put back each round
      // in case a reconcile pass, which sees no pods, replaced it)
      await()
          .atMost(Duration.ofSeconds(60))
          .untilAsserted(
              () -> {
                routeTo(name, id, model, stable, canary);
                for (int i = 0; i < 20; i++) {
                  infer(name);
                }
                rollout(name).body("state", equalTo("aborted"));
              });

      // Then the failed gate is on record, and all traffic is back on the stable revision
      JsonPath rollout = rollout(name).extract().jsonPath();
      assertThat(rollout.getString("outcomeReason"))
          .startsWith("gate failed at step 1: error rate too high");
      Map<String, Object> last = rollout.getMap("gateResults[-1]");
      assertThat(last).containsEntry("passed", false).containsEntry("step", 1);
      assertThat(((Number) last.get("canaryErrorRate")).doubleValue()).isEqualTo(1.0);
      assertThat(((Number) last.get("canaryRequests")).longValue()).isGreaterThanOrEqualTo(5);
      assertThat(canary.received()).isGreaterThanOrEqualTo(5);
      deployment(name).body("traffic", equalTo(List.of(Map.of("revision", 1, "weight", 100))));
      await()
          .atMost(Duration.ofSeconds(30))
          .untilAsserted(
              () ->
                  deployment(name)
                      .body("conditions.find { it.type == 'Degraded' }.status", equalTo("True"))
                      .body(
                          "conditions.find { it.type == 'Degraded' }.reason",
                          equalTo("RolloutAborted"))
                      .body(
                          "conditions.find { it.type == 'Degraded' }.message",
                          startsWith("gate failed at step 1")));
    } finally {
      vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }
  }

  @Test
  void shouldAbortACanaryOnTheErrorsAnotherReplicaMeasuredDuringTheStep() {
    // Given the same canary, which this replica's gateway never routes to (no replica is ready)
    String model = RegistryClient.uniqueName("cp");
    String name = RegistryClient.uniqueName("cp");
    long id = startCanary(model, name);
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(() -> rollout(name).body("gateResults.size()", not(equalTo(0))));
    Instant stepStart =
        Instant.parse(rollout(name).extract().jsonPath().getString("stepStartedAt"));
    Instant firstMinute = stepStart.truncatedTo(ChronoUnit.MINUTES).plus(1, ChronoUnit.MINUTES);

    // When minutes of the canary are stored: by this replica (its own window already counts
    // those requests), by another replica before the step began, and by another replica during
    // the step (20 of 40 requests failed)
    storeMinute(id, instanceId.get(), firstMinute, 50, 50);
    storeMinute(id, "other-replica", firstMinute.minus(2, ChronoUnit.MINUTES), 50, 50);
    storeMinute(id, "other-replica", firstMinute, 40, 20);

    // Then the step is judged on the other replica's minute alone and the canary is aborted
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(() -> rollout(name).body("state", equalTo("aborted")));
    JsonPath rollout = rollout(name).extract().jsonPath();
    assertThat(rollout.getString("outcomeReason"))
        .startsWith("gate failed at step 1: error rate too high");
    Map<String, Object> last = rollout.getMap("gateResults[-1]");
    assertThat(((Number) last.get("canaryRequests")).longValue()).isEqualTo(40);
    assertThat(((Number) last.get("canaryErrorRate")).doubleValue()).isEqualTo(0.5);
    assertThat(((Number) last.get("canaryP99Ms")).doubleValue()).isBetween(247.5, 252.5);
    deployment(name).body("traffic", equalTo(List.of(Map.of("revision", 1, "weight", 100))));
  }

  /**
   * Deploys version 1 of a new model and starts a canary of version 2 at 50% whose error-rate gate
   * (5%) is judged after 5 requests, and whose step (and wait for a ready replica) would otherwise
   * last an hour; returns the deployment's id.
   */
  private long startCanary(String model, String name) {
    createModelWithTwoVersions(model);
    call(
        "POST",
        "/api/v1/tenants/acme/deployments",
        "{\"name\":\"%s\",\"environment\":\"prod\",\"backend\":\"kubernetes\",\"model\":\"%s\",\"version\":1,\"reason\":\"launch\"}"
            .formatted(name, model),
        201);
    call(
        "PATCH",
        "/api/v1/tenants/acme/deployments/" + name,
        "{\"version\":2,\"reason\":\"canary\",\"rollout\":{\"strategy\":\"canary\",\"steps\":"
            + "[{\"weight\":50,\"minDuration\":\"1h\",\"minRequests\":5}],"
            + "\"gates\":{\"maxErrorRate\":0.05,\"maxP99Ratio\":20,\"readyTimeout\":\"1h\"}}}",
        200);
    return tenantWork.inTransaction("acme", () -> queries.details("acme", name).deployment().id);
  }

  /** A canary minute as a replica's flusher stores it: every request took 250 ms. */
  private void storeMinute(long id, String replica, Instant minute, int requests, int errors) {
    LatencySketch sketch = LatencySketch.empty();
    for (int i = 0; i < requests; i++) {
      sketch.record(250, i < errors);
    }
    LatencyBucket row = new LatencyBucket();
    row.tenant = "acme";
    row.deploymentId = id;
    row.revision = 2;
    row.resolution = LatencyBucket.MINUTE;
    row.bucketStart = minute;
    row.replica = replica;
    row.requests = sketch.requests();
    row.errors = sketch.errors();
    row.sketch = sketch.encode();
    tenantWork.run("acme", () -> buckets.add(row));
  }

  private void routeTo(String name, long id, String model, StubRunner stable, StubRunner canary) {
    routing.update(
        new DeploymentKey("acme", name),
        id,
        0,
        List.of(
            new RoutingTable.RevisionTarget(
                1, 50, model, 1, List.of(new Replica("stable-0", stable.uri(), true))),
            new RoutingTable.RevisionTarget(
                2, 50, model, 2, List.of(new Replica("canary-0", canary.uri(), true)))));
  }

  private static void createModelWithTwoVersions(String model) {
    String bob = Tokens.user("bob");
    RegistryClient.createModel(bob, "acme", model, "classification").then().statusCode(201);
    for (int i = 0; i < 2; i++) {
      RegistryClient.register(
              bob, "acme", model, "{\"engine\":\"xgboost\"}", TestArtifacts.xgboost())
          .then()
          .statusCode(201);
    }
  }

  private static void infer(String name) {
    given()
        .auth()
        .oauth2(Tokens.user("bob"))
        .contentType(ContentType.JSON)
        .body(BODY)
        .post("/api/v1/tenants/acme/deployments/{d}/infer", name);
  }

  private static io.restassured.response.ValidatableResponse rollout(String name) {
    return given()
        .auth()
        .oauth2(Tokens.user("carol"))
        .get("/api/v1/tenants/acme/deployments/{d}/rollout", name)
        .then()
        .statusCode(200);
  }

  private static io.restassured.response.ValidatableResponse deployment(String name) {
    return given()
        .auth()
        .oauth2(Tokens.user("carol"))
        .get("/api/v1/tenants/acme/deployments/{d}", name)
        .then()
        .statusCode(200);
  }

  private static void call(String method, String path, String json, int status) {
    given()
        .auth()
        .oauth2(Tokens.user("bob"))
        .contentType(ContentType.JSON)
        .body(json)
        .request(method, path)
        .then()
        .statusCode(status);
  }
}
