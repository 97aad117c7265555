package io.modelplane.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

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
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Inference through the gateway to real runner processes on the local backend: serving, a replica
 * killed under load, rollback onto warm replicas, and a canary promoted by its gates.
 */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KeycloakResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KubernetesServerTestResource.class, scope = TestResourceScope.GLOBAL)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GatewayLocalTest {

  private static final String BODY =
      "{\"inputs\":[{\"name\":\"input\",\"shape\":[1,4],\"datatype\":\"FP32\",\"data\":[1,2,3,4]}]}";

  @Inject TenantWork tenantWork;
  @Inject EntityManager em;

  private static String model;
  private static String name;
  private static String token;

  @BeforeEach
  void deployVersionOneWithTwoReplicasOnce() {
    token = Tokens.user("bob");
    if (name != null) {
      return;
    }
    model = RegistryClient.uniqueName("gw");
    name = RegistryClient.uniqueName("gw");
    RegistryClient.createModel(token, "acme", model, "classification").then().statusCode(201);
    for (int i = 0; i < 2; i++) {
      RegistryClient.register(
              token, "acme", model, "{\"engine\":\"xgboost\"}", TestArtifacts.xgboost())
          .then()
          .statusCode(201);
    }
    given()
        .auth()
        .oauth2(token)
        .contentType(ContentType.JSON)
        .body(
            "{\"name\":\"%s\",\"environment\":\"dev\",\"backend\":\"local\",\"model\":\"%s\",\"version\":1,\"replicas\":{\"min\":2,\"max\":2},\"sampling\":1.0,\"reason\":\"test\"}"
                .formatted(name, model))
        .post("/api/v1/tenants/acme/deployments")
        .then()
        .statusCode(201);
    awaitServing("1");
  }

  @Test
  @Order(1)
  void shouldAnswerWithTheRunnersResponseAndItsModelVersion() {
    infer()
        .then()
        .statusCode(200)
        .header("X-Modelplane-Revision", "1")
        .body("model_name", equalTo(model))
        .body("model_version", equalTo("1"))
        .body("outputs[0].name", equalTo("predictions"));
    given()
        .auth()
        .oauth2(token)
        .contentType(ContentType.JSON)
        .body("{\"inputs\":[]}")
        .post("/api/v1/tenants/acme/deployments/{d}/infer", name)
        .then()
        .statusCode(400);
  }

  @Test
  @Order(1)
  void shouldForwardBinaryTensorDataAndSampleItAsJson() {
    // Given the JSON request's answer, and the same tensor in the binary data extension
    List<Object> expected = infer().then().statusCode(200).extract().path("outputs[0].data");
    String marker = RegistryClient.uniqueName("binary");
    byte[] header =
        ("{\"id\":\"%s\",\"inputs\":[{\"name\":\"input\",\"shape\":[1,4],\"datatype\":\"FP32\","
                + "\"parameters\":{\"binary_data_size\":16}}]}")
            .formatted(marker)
            .getBytes(StandardCharsets.UTF_8);
    ByteBuffer body = ByteBuffer.allocate(header.length + 16).order(ByteOrder.LITTLE_ENDIAN);
    body.put(header).putFloat(1).putFloat(2).putFloat(3).putFloat(4);

    // When it goes through the gateway / Then the runner answers it alike
    binary(body.array(), String.valueOf(header.length))
        .then()
        .statusCode(200)
        .header("X-Modelplane-Revision", "1")
        .body("outputs[0].data", equalTo(expected));
    // and the sampled request is stored with its tensor as JSON data, for drift monitoring
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> sampledInput(marker), data -> "[1.0, 2.0, 3.0, 4.0]".equals(data));

    // A binary request without the length of its JSON part is refused, naming the header
    binary(body.array(), null)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("Inference-Header-Content-Length"));
    binary(body.array(), String.valueOf(body.capacity() + 1)).then().statusCode(400);
  }

  private Response binary(byte[] body, String jsonLength) {
    var request = given().auth().oauth2(token).contentType("application/octet-stream").body(body);
    if (jsonLength != null) {
      request.header("Inference-Header-Content-Length", jsonLength);
    }
    return request.post("/api/v1/tenants/acme/deployments/{d}/infer", name);
  }

  /** The data of the first input of the stored sample whose request has this id, as JSON text. */
  private String sampledInput(String requestId) {
    return tenantWork.inTransaction(
        "acme",
        () -> {
          List<?> rows =
              em.createNativeQuery(
                      "SELECT CAST(request->'inputs'->0->'data' AS text) FROM payload_sample"
                          + " WHERE request->>'id' = :id")
                  .setParameter("id", requestId)
                  .getResultList();
          return rows.isEmpty() ? null : String.valueOf(rows.getFirst());
        });
  }

  @Test
  @Order(2)
  void shouldKeepServingWhenAReplicaIsKilledAndReplaceIt() throws Exception {
    // Given steady load from 4 clients
    AtomicBoolean running = new AtomicBoolean(true);
    AtomicInteger ok = new AtomicInteger();
    AtomicInteger failed = new AtomicInteger();
    ExecutorService clients = Executors.newFixedThreadPool(4);
    List<Future<?>> load =
        java.util.stream.IntStream.range(0, 4)
            .mapToObj(
                i ->
                    clients.submit(
                        () -> {
                          while (running.get()) {
                            (infer().statusCode() == 200 ? ok : failed).incrementAndGet();
                          }
                        }))
            .<Future<?>>map(f -> f)
            .toList();
    await().until(() -> ok.get() > 100);

    // When one runner process is killed
    ProcessHandle victim =
        ProcessHandle.current()
            .descendants()
            .filter(p -> p.info().commandLine().orElse("").contains("/" + name + "/"))
            .findFirst()
            .orElseThrow();
    int before = ok.get();
    victim.destroyForcibly();

    // Then requests keep succeeding, and the backend brings the replica back
    await().until(() -> ok.get() > before + 200);
    await()
        .atMost(Duration.ofSeconds(60))
        .untilAsserted(
            () ->
                given()
                    .auth()
                    .oauth2(token)
                    .get("/api/v1/tenants/acme/deployments/{d}", name)
                    .then()
                    .body("runnerSets[0].readyReplicas", equalTo(2)));
    running.set(false);
    for (Future<?> f : load) {
      f.get();
    }
    clients.shutdown();
    int total = ok.get() + failed.get();
    assertThat((double) failed.get() / total)
        .as("%d of %d failed", failed.get(), total)
        .isLessThan(0.01);
  }

  @Test
  @Order(3)
  void shouldRollBackOntoTheWarmReplicasOfTheOldRevision() {
    // Given version 2 took all traffic
    patch("{\"version\":2,\"reason\":\"v2\"}");
    awaitServing("2");

    // When rolled back
    given()
        .auth()
        .oauth2(token)
        .contentType(ContentType.JSON)
        .body("{\"reason\":\"v2 regressed\"}")
        .post("/api/v1/tenants/acme/deployments/{d}/rollback", name)
        .then()
        .statusCode(200)
        .body("currentRevision", equalTo(3));

    // Then version 1 answers again, from the replicas that kept running
    awaitServing("1");
    assertThat(infer().header("X-Modelplane-Revision")).isEqualTo("3");
  }

  @Test
  @Order(4)
  void shouldPromoteACanaryWhoseGatesPass() {
    // Given a canary of version 2 at 50% that needs 20 requests per step
    patch(
        "{\"version\":2,\"reason\":\"canary\",\"rollout\":{\"strategy\":\"canary\",\"steps\":["
            + "{\"weight\":50,\"minDuration\":\"1s\",\"minRequests\":20}],"
            + "\"gates\":{\"maxErrorRate\":0.05,\"maxP99Ratio\":20}}}");

    // When traffic flows, the gates promote it and version 2 takes everything
    await()
        .atMost(Duration.ofSeconds(90))
        .untilAsserted(
            () -> {
              for (int i = 0; i < 10; i++) {
                infer();
              }
              given()
                  .auth()
                  .oauth2(token)
                  .get("/api/v1/tenants/acme/deployments/{d}/rollout", name)
                  .then()
                  .body("state", equalTo("succeeded"));
            });
    given()
        .auth()
        .oauth2(token)
        .get("/api/v1/tenants/acme/deployments/{d}", name)
        .then()
        .body("traffic", equalTo(List.of(Map.of("revision", 4, "weight", 100))))
        .body("rollout.gateResults[0].passed", equalTo(true));
  }

  @Test
  @Order(5)
  void shouldAbortACanaryThatNeverBecomesReadyAndKeepServingTheStableRevision() {
    // Given a canary whose runner cannot load (an impossible device), with a short ready timeout
    patch(
        "{\"version\":1,\"reason\":\"broken canary\",\"env\":{\"MODEL_DEVICE\":\"tpu\"},"
            + "\"rollout\":{\"strategy\":\"canary\",\"steps\":[{\"weight\":50,\"minDuration\":\"1s\",\"minRequests\":5}],"
            + "\"gates\":{\"maxErrorRate\":0.05,\"maxP99Ratio\":2,\"readyTimeout\":\"3s\"}}}");

    // Then the gates abort it and all traffic stays on the stable revision, which kept answering
    await()
        .atMost(Duration.ofSeconds(60))
        .untilAsserted(
            () -> {
              infer().then().statusCode(200).body("model_version", equalTo("2"));
              given()
                  .auth()
                  .oauth2(token)
                  .get("/api/v1/tenants/acme/deployments/{d}/rollout", name)
                  .then()
                  .body("state", equalTo("aborted"))
                  .body("outcomeReason", org.hamcrest.Matchers.containsString("no ready replica"));
            });
    given()
        .auth()
        .oauth2(token)
        .get("/api/v1/tenants/acme/deployments/{d}", name)
        .then()
        .body("traffic", equalTo(List.of(Map.of("revision", 4, "weight", 100))));
    await()
        .atMost(Duration.ofSeconds(60))
        .untilAsserted(
            () ->
                given()
                    .auth()
                    .oauth2(token)
                    .get("/api/v1/tenants/acme/deployments/{d}", name)
                    .then()
                    .body("conditions.find { it.type == 'Degraded' }.status", equalTo("True")));
  }

  private void patch(String json) {
    given()
        .auth()
        .oauth2(token)
        .contentType(ContentType.JSON)
        .body(json)
        .patch("/api/v1/tenants/acme/deployments/{d}", name)
        .then()
        .statusCode(200);
  }

  private void awaitServing(String version) {
    await()
        .atMost(Duration.ofSeconds(120))
        .untilAsserted(
            () -> infer().then().statusCode(200).body("model_version", equalTo(version)));
  }

  private Response infer() {
    return given()
        .auth()
        .oauth2(token)
        .contentType(ContentType.JSON)
        .body(BODY)
        .post("/api/v1/tenants/acme/deployments/{d}/infer", name);
  }
}
