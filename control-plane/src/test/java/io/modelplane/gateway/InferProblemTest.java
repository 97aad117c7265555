package io.modelplane.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.modelplane.backend.DeploymentKey;
import io.modelplane.backend.Replica;
import io.modelplane.deployment.service.DeploymentQueries;
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
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a client of the inference endpoint gets when the gateway cannot reach any replica: a 502
 * problem naming the deployment, with nothing of the replica's address or the failure's class.
 */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KeycloakResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KubernetesServerTestResource.class, scope = TestResourceScope.GLOBAL)
class InferProblemTest {

  @Inject RoutingTable routing;
  @Inject TenantWork tenantWork;
  @Inject DeploymentQueries queries;

  @Test
  void shouldAnswer502ProblemWhenEveryReplicaRefusesTheConnection() {
    // Given a deployment whose two replicas refuse connections (routes put back each round in
    // case a reconcile pass, which sees no pods on the mock API server, replaced them)
    String name = deployment();
    long id = tenantWork.inTransaction("acme", () -> queries.details("acme", name).deployment().id);
    List<Replica> refusing =
        List.of(
            new Replica("r-0", StubRunner.refusingUri(), true),
            new Replica("r-1", StubRunner.refusingUri(), true));

    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () -> {
              routing.update(
                  new DeploymentKey("acme", name),
                  id,
                  0,
                  List.of(new RoutingTable.RevisionTarget(1, 100, "m", 1, refusing)));

              // When a request comes in
              Response response = infer(name);

              // Then the first replica and the retry on the second both failed: 502 problem
              assertThat(response.statusCode()).isEqualTo(502);
              assertThat(response.contentType()).startsWith("application/problem+json");
              assertThat(response.jsonPath().getInt("status")).isEqualTo(502);
              assertThat(response.jsonPath().getString("detail"))
                  .isEqualTo("no replica of deployment " + name + " could be reached");
              assertThat(response.asString())
                  .doesNotContain("127.0.0.1")
                  .doesNotContainIgnoringCase("exception");
            });
  }

  private static String deployment() {
    String bob = Tokens.user("bob");
    String model = RegistryClient.uniqueName("ip");
    RegistryClient.createModel(bob, "acme", model, "classification").then().statusCode(201);
    RegistryClient.register(bob, "acme", model, "{\"engine\":\"xgboost\"}", TestArtifacts.xgboost())
        .then()
        .statusCode(201);
    String name = RegistryClient.uniqueName("ip");
    given()
        .auth()
        .oauth2(bob)
        .contentType(ContentType.JSON)
        .body(
            "{\"name\":\"%s\",\"environment\":\"dev\",\"backend\":\"kubernetes\",\"model\":\"%s\",\"version\":1,\"reason\":\"problems\"}"
                .formatted(name, model))
        .post("/api/v1/tenants/acme/deployments")
        .then()
        .statusCode(201);
    return name;
  }

  private static Response infer(String name) {
    return given()
        .auth()
        .oauth2(Tokens.user("bob"))
        .contentType(ContentType.JSON)
        .body(
            "{\"inputs\":[{\"name\":\"input\",\"shape\":[1,4],\"datatype\":\"FP32\",\"data\":[1,2,3,4]}]}")
        .post("/api/v1/tenants/acme/deployments/{d}/infer", name);
  }
}
