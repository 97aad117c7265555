package io.modelplane.registry;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.modelplane.testing.KeycloakResource;
import io.modelplane.testing.PostgresResource;
import io.modelplane.testing.RegistryClient;
import io.modelplane.testing.Tokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kubernetes.client.KubernetesServerTestResource;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/** A tenant that asks for two approvals before production, in a tenant of its own. */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KeycloakResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KubernetesServerTestResource.class, scope = TestResourceScope.GLOBAL)
class TwoApprovalsTest {

  @Test
  void shouldPromoteOnlyAfterTheSecondApproval() {
    // Given a fresh tenant set to require two approvals, and a production request
    RegistryTenant tenant = RegistryTenant.create("two", 2, false);
    String model = RegistryClient.modelWithVersion(Tokens.user(tenant.engineer()), tenant.slug());
    long id = tenant.requestStage(model, 1, "production");
    tenant
        .get("/stage-requests/{id}", id)
        .then()
        .statusCode(200)
        .body("requiredApprovals", equalTo(2));

    // When the first admin approves / Then it is still pending
    tenant
        .approve(tenant.firstAdmin(), id)
        .then()
        .statusCode(200)
        .body("state", equalTo("pending"));

    // When the second admin approves / Then the version is in production
    tenant
        .approve(tenant.secondAdmin(), id)
        .then()
        .statusCode(200)
        .body("state", equalTo("approved"));
    tenant.get("/models/{m}/versions/1", model).then().body("stage", equalTo("production"));
  }

  @Test
  void shouldCountSimultaneousApprovalsOnceEachAndMoveTheStageOnce() throws Exception {
    // Given a two-approval tenant with a pending production request and both admins' tokens
    RegistryTenant tenant = RegistryTenant.create("race", 2, false);
    String model = RegistryClient.modelWithVersion(Tokens.user(tenant.engineer()), tenant.slug());
    long id = tenant.requestStage(model, 1, "production");
    List<String> tokens =
        List.of(Tokens.user(tenant.firstAdmin()), Tokens.user(tenant.secondAdmin()));

    // When both admins approve at the same instant
    List<HttpResponse<String>> answers = approveTogether(tenant.slug(), id, tokens);

    // Then both approvals are accepted, exactly one of them completes the request
    assertThat(answers).extracting(HttpResponse::statusCode).containsExactly(200, 200);
    assertThat(answers)
        .extracting(a -> JsonPath.from(a.body()).getString("state"))
        .containsExactlyInAnyOrder("pending", "approved");
    // And two approval rows and one stage transition are stored
    tenant
        .get("/stage-requests/{id}", id)
        .then()
        .body("state", equalTo("approved"))
        .body("decisions.size()", equalTo(2));
    tenant
        .get("/models/{m}/versions/1/transitions", model)
        .then()
        .body("to", equalTo(List.of("production")));
  }

  @Test
  void shouldRefuseThreeApprovals() {
    given()
        .auth()
        .oauth2(Tokens.user("alice"))
        .contentType(ContentType.JSON)
        .body("{\"productionApprovals\":3,\"multipleProduction\":false}")
        .put("/api/v1/tenants/acme/registry-settings")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("productionApprovals"));
  }

  /** Sends one approval per token, all released by one latch once every thread is ready. */
  private static List<HttpResponse<String>> approveTogether(
      String tenant, long id, List<String> tokens) throws Exception {
    URI uri =
        URI.create(
            "http://127.0.0.1:%d/api/v1/tenants/%s/stage-requests/%d/approve"
                .formatted(
                    ConfigProvider.getConfig().getValue("quarkus.http.test-port", Integer.class),
                    tenant,
                    id));
    ExecutorService pool = Executors.newFixedThreadPool(tokens.size());
    try (HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build()) {
      CountDownLatch ready = new CountDownLatch(tokens.size());
      CountDownLatch go = new CountDownLatch(1);
      List<Future<HttpResponse<String>>> futures = new ArrayList<>();
      for (String token : tokens) {
        HttpRequest request =
            HttpRequest.newBuilder(uri)
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString("{}"))
                .build();
        futures.add(
            pool.submit(
                () -> {
                  ready.countDown();
                  go.await();
                  return http.send(request, HttpResponse.BodyHandlers.ofString());
                }));
      }
      assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
      go.countDown();
      List<HttpResponse<String>> answers = new ArrayList<>();
      for (Future<HttpResponse<String>> f : futures) {
        answers.add(f.get(90, TimeUnit.SECONDS));
      }
      return answers;
    } finally {
      pool.shutdownNow();
    }
  }
}
