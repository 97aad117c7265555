package io.modelplane.deployment;

import static io.modelplane.deployment.DeploymentClient.create;
import static io.modelplane.deployment.DeploymentClient.get;
import static io.modelplane.deployment.DeploymentClient.patch;
import static io.modelplane.deployment.DeploymentClient.post;
import static io.modelplane.deployment.DeploymentClient.revisions;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;

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
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Deployments' desired state through the API: revisions, traffic, rollback, rollouts, validation
 * and quota. (What runs is the reconciler's business: see the backend and gateway tests.)
 */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KeycloakResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KubernetesServerTestResource.class, scope = TestResourceScope.GLOBAL)
class DeploymentResourceTest {

  private String model;
  private String name;

  @BeforeEach
  void modelWithTwoVersions() {
    model = RegistryClient.uniqueName("dm");
    RegistryClient.createModel(bob(), "acme", model, "classification").then().statusCode(201);
    for (int i = 0; i < 2; i++) {
      RegistryClient.register(
              bob(), "acme", model, "{\"engine\":\"xgboost\"}", TestArtifacts.xgboost())
          .then()
          .statusCode(201);
    }
    given()
        .auth()
        .oauth2(bob())
        .contentType(ContentType.JSON)
        .body("{\"version\":1,\"reason\":\"launch\"}")
        .put("/api/v1/tenants/acme/models/{m}/aliases/champion", model)
        .then()
        .statusCode(200);
    name = RegistryClient.uniqueName("dep");
  }

  @Test
  void shouldRecordEveryChangeAsARevisionAndRollBackInOneCall() {
    // Given a deployment of the champion alias
    create(bob(), "acme", deployment("\"alias\":\"champion\"", "first launch"))
        .then()
        .statusCode(201)
        .header("Location", startsWith("http"))
        .body("currentRevision", equalTo(1))
        .body("modelVersion", equalTo(1))
        .body("traffic[0].revision", equalTo(1))
        .body("traffic[0].weight", equalTo(100));

    // When it moves to version 2 and then is rolled back without naming a revision
    patch(bob(), "acme", name, "{\"version\":2,\"reason\":\"better recall\"}")
        .then()
        .statusCode(200)
        .body("currentRevision", equalTo(2))
        .body("modelVersion", equalTo(2))
        .body("warm[0].revision", equalTo(1));
    post(alice(), "acme", name, "rollback", "{\"reason\":\"p99 regression\"}")
        .then()
        .statusCode(200)
        .body("currentRevision", equalTo(3))
        .body("stableRevision", equalTo(3))
        .body("modelVersion", equalTo(1))
        .body("traffic", equalTo(List.of(Map.of("revision", 3, "weight", 100))));

    // Then the revisions say who did what, when and why, newest first
    revisions(bob(), "acme", name)
        .then()
        .statusCode(200)
        .body("items.number", equalTo(List.of(3, 2, 1)))
        .body("items.kind", equalTo(List.of("rollback", "update", "create")))
        .body("items[0].rollbackTo", equalTo(1))
        .body("items.reason", equalTo(List.of("p99 regression", "better recall", "first launch")))
        .body("items.createdBy", equalTo(List.of("alice", "bob", "bob")))
        .body("items[2].alias", equalTo("champion"))
        .body("items[1].modelVersion", equalTo(2));
  }

  @Test
  void shouldReplayARetriedRollbackInsteadOfRollingBackTwice() {
    // Given a deployment moved from version 1 to 2
    create(bob(), "acme", deployment("\"version\":1", "first launch")).then().statusCode(201);
    patch(bob(), "acme", name, "{\"version\":2,\"reason\":\"better recall\"}")
        .then()
        .statusCode(200);

    // When a pipeline's rollback is retried with the same Idempotency-Key
    String key = "rollback-" + name;
    String first =
        rollback(key)
            .then()
            .statusCode(200)
            .body("currentRevision", equalTo(3))
            .extract()
            .asString();
    var again = rollback(key);

    // Then the retry gets the first answer, marked as a replay, and no fourth revision exists
    again.then().statusCode(200).header("Idempotent-Replayed", "true");
    assertThat(again.asString()).isEqualTo(first);
    revisions(bob(), "acme", name).then().body("items.number", equalTo(List.of(3, 2, 1)));
  }

  private io.restassured.response.Response rollback(String key) {
    return given()
        .auth()
        .oauth2(alice())
        .header("Idempotency-Key", key)
        .contentType(ContentType.JSON)
        .body("{\"reason\":\"p99 regression\"}")
        .post("/api/v1/tenants/acme/deployments/{d}/rollback", name);
  }

  @Test
  void shouldSplitTrafficForACanaryAndPromoteOrAbortOnDemand() {
    create(bob(), "acme", deployment("\"version\":1", "launch")).then().statusCode(201);
    String canary =
        "{\"version\":2,\"reason\":\"try v2\",\"rollout\":{\"strategy\":\"canary\",\"steps\":["
            + "{\"weight\":10,\"minDuration\":\"1h\",\"minRequests\":100},"
            + "{\"weight\":50,\"minDuration\":\"1h\",\"minRequests\":100}]}}";

    // A canary takes its first step's share; the stable revision keeps the rest
    patch(bob(), "acme", name, canary)
        .then()
        .statusCode(200)
        .body("traffic.revision", equalTo(List.of(1, 2)))
        .body("traffic.weight", equalTo(List.of(90, 10)))
        .body("rollout.state", equalTo("progressing"))
        .body("rollout.canaryWeight", equalTo(10))
        .body("rollout.gates.maxErrorRate", equalTo(0.01f));

    // Aborting sends all traffic back to the stable revision
    post(bob(), "acme", name, "rollout/abort", "{\"reason\":\"not now\"}")
        .then()
        .statusCode(200)
        .body("state", equalTo("aborted"));
    get(bob(), "acme", name)
        .then()
        .body("traffic", equalTo(List.of(Map.of("revision", 1, "weight", 100))))
        .body("stableRevision", equalTo(1));

    // A second canary, promoted by hand, takes all traffic and becomes stable
    patch(bob(), "acme", name, canary.replace("try v2", "again")).then().statusCode(200);
    post(bob(), "acme", name, "rollout/promote", "{\"reason\":\"looks good\"}")
        .then()
        .statusCode(200)
        .body("state", equalTo("succeeded"));
    get(bob(), "acme", name)
        .then()
        .body("traffic", equalTo(List.of(Map.of("revision", 3, "weight", 100))))
        .body("stableRevision", equalTo(3))
        .body("warm.revision", hasItems(1, 2));
    post(bob(), "acme", name, "rollout/promote", "{\"reason\":\"twice\"}").then().statusCode(409);
  }

  @Test
  void shouldNameEveryBadFieldAndStoreNothing() {
    String body =
        "{\"name\":\"Bad_Name\",\"environment\":\"qa\",\"backend\":\"local\",\"model\":\"%s\","
                .formatted(model)
            + "\"version\":1,\"replicas\":{\"min\":3,\"max\":2},\"env\":{\"PORT\":\"1\"},"
            + "\"resources\":{\"cpu\":\"lots\",\"memory\":\"2Gi\",\"gpu\":{\"count\":1}},"
            + "\"rollout\":{\"strategy\":\"canary\",\"steps\":[{\"weight\":50},{\"weight\":20}]},"
            + "\"reason\":\"x\"}";
    List<String> fields =
        create(bob(), "acme", body)
            .then()
            .statusCode(400)
            .contentType("application/problem+json")
            .extract()
            .path("errors.field");
    assertThat(fields).contains("name", "environment");
    String valid = body.replace("Bad_Name", name).replace("\"qa\"", "\"dev\"");
    fields = create(bob(), "acme", valid).then().statusCode(400).extract().path("errors.field");
    assertThat(fields)
        .containsExactlyInAnyOrder(
            "replicas.max",
            "env.PORT",
            "resources.cpu",
            "resources.gpu.count",
            "rollout.steps[1].weight");
    get(bob(), "acme", name).then().statusCode(404);
  }

  @Test
  void shouldRefuseUnknownModelsVersionsAndAliasesWith422() {
    create(bob(), "acme", deployment("\"version\":9", "x").replace(model, "no-such-model"))
        .then()
        .statusCode(422)
        .body("errors[0].field", equalTo("model"));
    create(bob(), "acme", deployment("\"version\":9", "x"))
        .then()
        .statusCode(422)
        .body("errors[0].field", equalTo("version"));
    create(bob(), "acme", deployment("\"alias\":\"nope\"", "x"))
        .then()
        .statusCode(422)
        .body("errors[0].field", equalTo("alias"));
    get(bob(), "acme", name).then().statusCode(404);
  }

  @Test
  void shouldRefuseGpusBeyondTheTenantQuotaBeforeCreatingAnything() {
    // acme has 8 GPUs: 2 replicas × 4 fit, then 1 × 1 more does not
    String gpus =
        "\"version\":1,\"replicas\":{\"min\":1,\"max\":2},"
            + "\"resources\":{\"cpu\":\"4\",\"memory\":\"16Gi\",\"gpu\":{\"count\":4,\"type\":\"NVIDIA-A100-SXM4-80GB\"}}";
    create(bob(), "acme", deployment(gpus, "big").replace("\"local\"", "\"kubernetes\""))
        .then()
        .statusCode(201);
    String second = RegistryClient.uniqueName("dep");
    create(
            bob(),
            "acme",
            deployment(gpus.replace("\"count\":4", "\"count\":1"), "one more")
                .replace("\"local\"", "\"kubernetes\"")
                .replace(name, second))
        .then()
        .statusCode(422)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("resources.gpu.count"));
    get(bob(), "acme", second).then().statusCode(404);
    // the first one gives its GPUs back when deleted
    given()
        .auth()
        .oauth2(bob())
        .delete("/api/v1/tenants/acme/deployments/{d}", name)
        .then()
        .statusCode(204);
  }

  @Test
  void shouldRefuseDuplicatesAndStaleWrites() {
    String etag =
        create(bob(), "acme", deployment("\"version\":1", "launch"))
            .then()
            .statusCode(201)
            .extract()
            .header("ETag");
    create(bob(), "acme", deployment("\"version\":1", "again")).then().statusCode(409);
    patch(bob(), "acme", name, "{\"version\":2,\"reason\":\"v2\"}").then().statusCode(200);
    given()
        .auth()
        .oauth2(bob())
        .contentType(ContentType.JSON)
        .header("If-Match", etag)
        .body("{\"replicas\":{\"min\":2,\"max\":2},\"reason\":\"stale\"}")
        .patch("/api/v1/tenants/acme/deployments/{d}", name)
        .then()
        .statusCode(412);
    revisions(bob(), "acme", name).then().body("items.number", equalTo(List.of(2, 1)));
  }

  @Test
  void shouldLetViewersReadButNotChange() {
    create(bob(), "acme", deployment("\"version\":1", "launch")).then().statusCode(201);
    get(Tokens.user("carol"), "acme", name).then().statusCode(200);
    patch(Tokens.user("carol"), "acme", name, "{\"version\":2,\"reason\":\"no\"}")
        .then()
        .statusCode(403);
  }

  private String deployment(String what, String reason) {
    return "{\"name\":\"%s\",\"environment\":\"dev\",\"backend\":\"local\",\"model\":\"%s\",%s,\"reason\":\"%s\"}"
        .formatted(name, model, what, reason);
  }

  private static String bob() {
    return Tokens.user("bob");
  }

  private static String alice() {
    return Tokens.user("alice");
  }
}
