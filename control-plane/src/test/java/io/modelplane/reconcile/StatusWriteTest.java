package io.modelplane.reconcile;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.modelplane.backend.DeploymentKey;
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
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The reconciler writes a deployment's status only when it changed (Kubernetes backend on the mock
 * API server): passes over an unchanged deployment leave its row — version, ETag, conditions —
 * exactly as it was, and a real change is written.
 */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KeycloakResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KubernetesServerTestResource.class, scope = TestResourceScope.GLOBAL)
class StatusWriteTest {

  @Inject Reconciler reconciler;
  @Inject TenantWork tenantWork;
  @Inject EntityManager em;

  @Test
  void shouldLeaveTheRowUntouchedWhenTwoPassesFindNothingChanged() {
    // Given a deployment whose status the reconciler has written
    String name = deployment(2);
    DeploymentKey key = new DeploymentKey("acme", name);
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                get(name)
                    .body("observedRevision", equalTo(1))
                    .body("conditions.size()", equalTo(3)));
    reconciler.reconcile(key);
    Row before = row(name);
    String etag = get(name).extract().header("ETag");

    // When two more passes run over it unchanged
    reconciler.reconcile(key);
    reconciler.reconcile(key);

    // Then nothing was written: same row version, ETag, update time and stored status
    Row after = row(name);
    assertThat(after).isEqualTo(before);
    assertThat(get(name).extract().header("ETag")).isEqualTo(etag);
  }

  @Test
  void shouldWriteTheStatusWhenItChanged() {
    // Given a reconciled deployment
    String name = deployment(2);
    DeploymentKey key = new DeploymentKey("acme", name);
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(() -> get(name).body("observedRevision", equalTo(1)));
    reconciler.reconcile(key);
    Row before = row(name);

    // When a new revision is stored and a pass observes it
    given()
        .auth()
        .oauth2(Tokens.user("bob"))
        .contentType(ContentType.JSON)
        .body("{\"replicas\":{\"min\":3,\"max\":3},\"reason\":\"more\"}")
        .patch("/api/v1/tenants/acme/deployments/{d}", name)
        .then()
        .statusCode(200);
    reconciler.reconcile(key);

    // Then its status names the new revision and the new runner set
    Row after = row(name);
    assertThat(after.conditions()).isNotEqualTo(before.conditions());
    assertThat(after.conditions().replace(" ", "")).contains("\"observedRevision\":2");
    assertThat(after.runnerSets().replace(" ", "")).contains("\"desiredReplicas\":3");
    assertThat(after.rowVersion()).isGreaterThan(before.rowVersion());
  }

  record Row(long rowVersion, String updatedAt, String conditions, String runnerSets) {}

  private Row row(String name) {
    return tenantWork.inTransaction(
        "acme",
        () -> {
          Object[] r =
              (Object[])
                  em.createNativeQuery(
                          "SELECT row_version, CAST(updated_at AS text), CAST(conditions AS text),"
                              + " CAST(runner_sets AS text) FROM deployment"
                              + " WHERE tenant = 'acme' AND name = :n")
                      .setParameter("n", name)
                      .getSingleResult();
          return new Row(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3]);
        });
  }

  private static String deployment(int replicas) {
    String bob = Tokens.user("bob");
    String model = RegistryClient.uniqueName("sw");
    RegistryClient.createModel(bob, "acme", model, "classification").then().statusCode(201);
    RegistryClient.register(bob, "acme", model, "{\"engine\":\"xgboost\"}", TestArtifacts.xgboost())
        .then()
        .statusCode(201);
    String name = RegistryClient.uniqueName("sw");
    given()
        .auth()
        .oauth2(bob)
        .contentType(ContentType.JSON)
        .body(
            "{\"name\":\"%s\",\"environment\":\"prod\",\"backend\":\"kubernetes\",\"model\":\"%s\",\"version\":1,\"replicas\":{\"min\":%d,\"max\":%d},\"reason\":\"launch\"}"
                .formatted(name, model, replicas, replicas))
        .post("/api/v1/tenants/acme/deployments")
        .then()
        .statusCode(201);
    return name;
  }

  private static io.restassured.response.ValidatableResponse get(String name) {
    return given()
        .auth()
        .oauth2(Tokens.user("carol"))
        .get("/api/v1/tenants/acme/deployments/{d}", name)
        .then()
        .statusCode(200);
  }
}
