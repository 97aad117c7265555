package io.modelplane.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.modelplane.deployment.service.DeploymentQueries;
import io.modelplane.latency.service.LatencyFlusher;
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
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * What the gateway records about the requests it forwards to a real runner process (local backend):
 * every request sampled at rate 1.0, none at rate 0, and each revision's requests counted in the
 * latency window. The deployment serves nothing but this test's requests, so the counts are exact.
 */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KeycloakResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KubernetesServerTestResource.class, scope = TestResourceScope.GLOBAL)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GatewaySamplingTest {

  private static final int N = 20;

  @Inject TenantWork tenantWork;
  @Inject EntityManager em;
  @Inject DeploymentQueries queries;
  @Inject LatencyFlusher flusher;

  private String model;
  private String name;
  private long id;

  /** Once, before the first test (RestAssured knows the test port only from the first test on). */
  @BeforeEach
  void deployOneReplicaSampledAtRateOne() {
    if (name != null) {
      return;
    }
    model = RegistryClient.uniqueName("gs");
    name = RegistryClient.uniqueName("gs");
    RegistryClient.createModel(bob(), "acme", model, "classification").then().statusCode(201);
    RegistryClient.register(
            bob(), "acme", model, "{\"engine\":\"xgboost\"}", TestArtifacts.xgboost())
        .then()
        .statusCode(201);
    given()
        .auth()
        .oauth2(bob())
        .contentType(ContentType.JSON)
        .body(
            "{\"name\":\"%s\",\"environment\":\"dev\",\"backend\":\"local\",\"model\":\"%s\",\"version\":1,\"replicas\":{\"min\":1,\"max\":1},\"sampling\":1.0,\"reason\":\"sampling test\"}"
                .formatted(name, model))
        .post("/api/v1/tenants/acme/deployments")
        .then()
        .statusCode(201);
    id = tenantWork.inTransaction("acme", () -> queries.details("acme", name).deployment().id);
    // routes are updated in the same reconcile pass that writes this status, before it
    awaitRouted(1);
  }

  @Test
  @Order(1)
  void shouldStoreEveryRequestAndAnswerAtSamplingRateOne() {
    // When N requests are served by revision 1
    for (int i = 0; i < N; i++) {
      infer("r1-" + i)
          .then()
          .statusCode(200)
          .header("X-Modelplane-Revision", "1")
          .body("model_name", equalTo(model))
          .body("model_version", equalTo("1"))
          .body("id", equalTo("r1-" + i));
    }

    // Then each of them is stored once, with the runner's answer
    await().atMost(Duration.ofSeconds(30)).until(() -> samples(1).size() == N);
    List<Object[]> rows = samples(1);
    assertThat(rows).extracting(r -> ((Number) r[0]).intValue()).containsOnly(200);
    assertThat(rows)
        .extracting(r -> (String) r[1])
        .containsExactlyInAnyOrderElementsOf(
            java.util.stream.IntStream.range(0, N).mapToObj(i -> "r1-" + i).toList());
    assertThat(rows).extracting(r -> (String) r[2]).containsOnly("1");
  }

  @Test
  @Order(2)
  void shouldStoreNothingAtSamplingRateZero() {
    // Given revision 2 samples nothing (same runner set: only routing and sampling change)
    patch("{\"sampling\":0,\"reason\":\"stop sampling\"}");
    awaitRouted(2);

    // When N requests are served by it
    for (int i = 0; i < N; i++) {
      infer("r2-" + i).then().statusCode(200).header("X-Modelplane-Revision", "2");
    }

    // Then none is stored: a later sampled request (revision 3) is stored, and the sampler's one
    // writer stores in arrival order, so anything of revision 2 would be stored by then
    patch("{\"sampling\":1.0,\"reason\":\"sample again\"}");
    awaitRouted(3);
    infer("r3-0").then().statusCode(200).header("X-Modelplane-Revision", "3");
    await().atMost(Duration.ofSeconds(30)).until(() -> samples(3).size() == 1);
    assertThat(samples(2)).isEmpty();
  }

  @Test
  @Order(3)
  void shouldCountEachRevisionsRequestsInTheLatencyWindow() {
    // When the minutes that hold the requests have closed and been stored
    await()
        .atMost(Duration.ofSeconds(90))
        .pollInterval(Duration.ofSeconds(2))
        .untilAsserted(
            () -> {
              flusher.flush();
              JsonPath latency = latency();
              // Then the window counts exactly the requests each revision served, without errors
              assertThat(requests(latency, 1)).isEqualTo(N);
              assertThat(requests(latency, 2)).isEqualTo(N);
              assertThat(requests(latency, 3)).isEqualTo(1);
            });
    JsonPath latency = latency();
    assertThat(latency.getBoolean("noData")).isFalse();
    assertThat(latency.getList("revisions.summary.errors", Integer.class)).containsOnly(0);
  }

  private static long requests(JsonPath latency, int revision) {
    Object found =
        latency.get("revisions.find { it.revision == %d }.summary.requests".formatted(revision));
    return found == null ? 0 : ((Number) found).longValue();
  }

  private JsonPath latency() {
    return given()
        .auth()
        .oauth2(Tokens.user("carol"))
        .get("/api/v1/tenants/acme/deployments/{d}/latency", name)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  /** Status, request id and the answer's model version of the revision's stored samples. */
  private List<Object[]> samples(int revision) {
    return tenantWork.inTransaction(
        "acme",
        () -> {
          @SuppressWarnings("unchecked")
          List<Object[]> rows =
              em.createNativeQuery(
                      "SELECT status, request->>'id', response->>'model_version' FROM payload_sample"
                          + " WHERE deployment_id = :d AND revision = :r")
                  .setParameter("d", id)
                  .setParameter("r", revision)
                  .getResultList();
          return rows;
        });
  }

  private void awaitRouted(int revision) {
    await()
        .atMost(Duration.ofSeconds(120))
        .untilAsserted(
            () ->
                given()
                    .auth()
                    .oauth2(bob())
                    .get("/api/v1/tenants/acme/deployments/{d}", name)
                    .then()
                    .body("observedRevision", equalTo(revision))
                    .body("runnerSets[0].readyReplicas", equalTo(1)));
  }

  private void patch(String json) {
    given()
        .auth()
        .oauth2(bob())
        .contentType(ContentType.JSON)
        .body(json)
        .patch("/api/v1/tenants/acme/deployments/{d}", name)
        .then()
        .statusCode(200);
  }

  private Response infer(String requestId) {
    return given()
        .auth()
        .oauth2(bob())
        .contentType(ContentType.JSON)
        .body(
            "{\"id\":\"%s\",\"inputs\":[{\"name\":\"input\",\"shape\":[1,4],\"datatype\":\"FP32\",\"data\":[1,2,3,4]}]}"
                .formatted(requestId))
        .post("/api/v1/tenants/acme/deployments/{d}/infer", name);
  }

  private static String bob() {
    return Tokens.user("bob");
  }
}
