package io.modelplane.reconcile;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.modelplane.testing.KeycloakResource;
import io.modelplane.testing.PostgresResource;
import io.modelplane.testing.RegistryClient;
import io.modelplane.testing.TestArtifacts;
import io.modelplane.testing.Tokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kubernetes.client.KubernetesServer;
import io.quarkus.test.kubernetes.client.KubernetesServerTestResource;
import io.quarkus.test.kubernetes.client.KubernetesTestServer;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The reconciler while the Kubernetes API fails: it reports the failure as a condition, backs off,
 * and converges once the API answers again, with exactly one of each object.
 */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KeycloakResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KubernetesServerTestResource.class, scope = TestResourceScope.GLOBAL)
class KubernetesFaultReconcileTest {

  @KubernetesTestServer KubernetesServer server;
  @Inject KubernetesClient kubernetes;

  @Test
  void shouldBackOffWhileTheApiFailsThenConvergeWithoutDuplicates() {
    // Given a model in globex and an API server that refuses the next creations of Deployments
    String erin = Tokens.user("erin");
    String model = RegistryClient.uniqueName("fm");
    String name = RegistryClient.uniqueName("fd");
    RegistryClient.createModel(erin, "globex", model, "classification").then().statusCode(201);
    RegistryClient.register(
            erin, "globex", model, "{\"engine\":\"xgboost\"}", TestArtifacts.xgboost())
        .then()
        .statusCode(201);
    server
        .expect()
        .post()
        .withPath("/apis/apps/v1/namespaces/mp-globex/deployments")
        .andReturn(500, "{\"kind\":\"Status\",\"code\":500,\"message\":\"etcd unavailable\"}")
        .times(9);

    // When a deployment is created
    given()
        .auth()
        .oauth2(erin)
        .contentType(ContentType.JSON)
        .body(
            "{\"name\":\"%s\",\"environment\":\"prod\",\"backend\":\"kubernetes\",\"model\":\"%s\",\"version\":1,\"reason\":\"launch\"}"
                .formatted(name, model))
        .post("/api/v1/tenants/globex/deployments")
        .then()
        .statusCode(201);

    // Then the failure shows as a condition while it lasts
    await()
        .pollInterval(Duration.ofMillis(50))
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                deployment(erin, name)
                    .body(
                        "conditions.find { it.type == 'Degraded' }.reason",
                        equalTo("BackendError")));

    // And once the API answers again it converges: one Deployment, one Service, no error
    await()
        .atMost(Duration.ofSeconds(60))
        .untilAsserted(
            () -> {
              deployment(erin, name)
                  .body("conditions.find { it.type == 'Degraded' }.status", equalTo("False"))
                  .body("observedRevision", equalTo(1));
              assertThat(
                      kubernetes
                          .apps()
                          .deployments()
                          .inNamespace("mp-globex")
                          .withLabel("modelplane.io/deployment", name)
                          .list()
                          .getItems())
                  .hasSize(1);
              assertThat(
                      kubernetes
                          .services()
                          .inNamespace("mp-globex")
                          .withLabel("modelplane.io/deployment", name)
                          .list()
                          .getItems())
                  .hasSize(1);
            });
  }

  private static io.restassured.response.ValidatableResponse deployment(String token, String name) {
    return given()
        .auth()
        .oauth2(token)
        .get("/api/v1/tenants/globex/deployments/{d}", name)
        .then()
        .statusCode(200);
  }
}
