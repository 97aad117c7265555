package io.modelplane.reconcile;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.KubernetesClient;
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
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The reconciler against the Kubernetes API (fabric8's mock server): stored desired state becomes
 * runner-set objects, a rollback reuses the warm objects of the revision it returns to, repeated
 * canary/rollback cycles leave no stray objects or routes, and deletion removes everything.
 */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KeycloakResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KubernetesServerTestResource.class, scope = TestResourceScope.GLOBAL)
class KubernetesReconcileTest {

  @Inject KubernetesClient kubernetes;

  @Test
  void shouldRunEachRevisionsRunnerSetAndReuseItOnRollback() {
    String model = RegistryClient.uniqueName("km");
    String bob = Tokens.user("bob");
    RegistryClient.createModel(bob, "acme", model, "classification").then().statusCode(201);
    for (int i = 0; i < 2; i++) {
      RegistryClient.register(
              bob, "acme", model, "{\"engine\":\"xgboost\"}", TestArtifacts.xgboost())
          .then()
          .statusCode(201);
    }
    String name = RegistryClient.uniqueName("kd");

    // Given a deployment on the Kubernetes backend
    call(
            "POST",
            "/api/v1/tenants/acme/deployments",
            "{\"name\":\"%s\",\"environment\":\"prod\",\"backend\":\"kubernetes\",\"model\":\"%s\",\"version\":1,\"replicas\":{\"min\":2,\"max\":4},\"reason\":\"launch\"}"
                .formatted(name, model))
        .then()
        .statusCode(201);

    // Then its runner set appears with the runner's env, and its status is written
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(() -> assertThat(runnerSets(name)).hasSize(1));
    Deployment first = runnerSets(name).getFirst();
    assertThat(first.getSpec().getTemplate().getSpec().getContainers().getFirst().getEnv())
        .anySatisfy(e -> assertThat(e.getName()).isEqualTo("MODEL_URI"));
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                get(name)
                    .body("observedRevision", equalTo(1))
                    .body("conditions.type", equalTo(List.of("Ready", "Progressing", "Degraded")))
                    .body("conditions[1].reason", equalTo("ReplicasStarting")));

    // When it moves to version 2 and back, twice (canary, then rollback)
    for (int cycle = 0; cycle < 2; cycle++) {
      call(
              "PATCH",
              "/api/v1/tenants/acme/deployments/" + name,
              "{\"version\":2,\"reason\":\"try\",\"rollout\":{\"strategy\":\"canary\",\"steps\":[{\"weight\":20,\"minDuration\":\"1h\",\"minRequests\":10}]}}")
          .then()
          .statusCode(200);
      call(
              "POST",
              "/api/v1/tenants/acme/deployments/" + name + "/rollback",
              "{\"toRevision\":1,\"reason\":\"back\"}")
          .then()
          .statusCode(200);
    }

    // Then exactly two runner sets exist (v1, reused by every rollback, and the warm v2) and all
    // traffic is on the newest rollback revision
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () -> {
              assertThat(runnerSets(name)).hasSize(2);
              assertThat(runnerSets(name))
                  .extracting(d -> d.getMetadata().getName())
                  .contains(first.getMetadata().getName());
              get(name)
                  .body("traffic", equalTo(List.of(Map.of("revision", 5, "weight", 100))))
                  .body("observedRevision", equalTo(5));
            });
    assertThat(
            runnerSets(name).stream()
                .filter(d -> d.getMetadata().getName().equals(first.getMetadata().getName()))
                .findFirst()
                .orElseThrow()
                .getMetadata()
                .getLabels())
        .containsEntry("modelplane.io/revision", "5");

    // When it is deleted, nothing of it remains
    given()
        .auth()
        .oauth2(bob)
        .delete("/api/v1/tenants/acme/deployments/{d}", name)
        .then()
        .statusCode(204);
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(() -> assertThat(runnerSets(name)).isEmpty());
    given()
        .auth()
        .oauth2(bob)
        .get("/api/v1/tenants/acme/deployments/{d}", name)
        .then()
        .statusCode(404);
  }

  private List<Deployment> runnerSets(String name) {
    return kubernetes
        .apps()
        .deployments()
        .inNamespace("mp-acme")
        .withLabel("modelplane.io/deployment", name)
        .list()
        .getItems();
  }

  private static io.restassured.response.ValidatableResponse get(String name) {
    return given()
        .auth()
        .oauth2(Tokens.user("carol"))
        .get("/api/v1/tenants/acme/deployments/{d}", name)
        .then()
        .statusCode(200);
  }

  private static io.restassured.response.Response call(String method, String path, String json) {
    return given()
        .auth()
        .oauth2(Tokens.user("bob"))
        .contentType(ContentType.JSON)
        .body(json)
        .request(method, path);
  }
}
