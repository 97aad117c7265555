package io.modelplane.launcher;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.modelplane.testing.KeycloakResource;
import io.modelplane.testing.PostgresResource;
import io.modelplane.testing.Tokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kubernetes.client.KubernetesServerTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code bin/modelplane up} promises after start: the demo tenants, acme's registry as its CI
 * pipeline fills it, and the {@code embedder} deployment on the local backend answering inference
 * with a real MiniLM runner — seeded through the public API, twice (a restart) without duplicates.
 */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KeycloakResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KubernetesServerTestResource.class, scope = TestResourceScope.GLOBAL)
class DemoSeedTest {

  @TempDir Path demo;

  @AfterEach
  void stopTheSeededRunner() {
    given().auth().oauth2(Tokens.user("alice")).delete("/api/v1/tenants/acme/deployments/embedder");
  }

  @Test
  void shouldSeedTheDemoSoThatInferenceWorksRightAfterStartAndAgainAfterARestart()
      throws Exception {
    // Given the control plane as bin/modelplane up starts it
    DemoSeeder seeder = new DemoSeeder(base(), Tokens.realmUrl());

    // When the launcher seeds it, and seeds it again as after a restart
    seeder.seed(demo);
    seeder.seed(demo);

    // Then acme's registry holds what the README says, once
    String bob = Tokens.user("bob");
    get(bob, "/api/v1/tenants/acme/models/embedder/versions")
        .then()
        .statusCode(200)
        .body("items.size()", equalTo(2))
        .body("items.engine", hasItems("onnx"));
    get(bob, "/api/v1/tenants/acme/models/embedder/aliases/champion")
        .then()
        .statusCode(200)
        .body("version", equalTo(1));
    get(bob, "/api/v1/tenants/acme/models/churn/versions/1/baseline").then().statusCode(200);
    assertThat(demo.resolve("churn/churn.json"))
        .satisfies(p -> assertThat(Files.size(p)).isPositive());
    get(Tokens.user("pat"), "/api/v1/tenants/globex").then().statusCode(200);

    // And the embedder deployment serves sentence embeddings from a real MiniLM runner
    await()
        .atMost(Duration.ofMinutes(3))
        .pollInterval(Duration.ofSeconds(1))
        .untilAsserted(
            () -> {
              Response r = embed(bob, List.of("a cat sits on the mat", "the stock market fell"));
              assertThat(r.statusCode()).as(r.asString()).isEqualTo(200);
              assertThat(r.jsonPath().getList("outputs[0].shape", Integer.class))
                  .containsExactly(2, 384);
              assertThat(r.jsonPath().getList("outputs[0].data")).hasSize(768);
              assertThat(r.jsonPath().getString("model_version")).isEqualTo("1");
            });
  }

  private static Response embed(String token, List<String> texts) {
    return given()
        .auth()
        .oauth2(token)
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "inputs",
                List.of(
                    Map.of(
                        "name",
                        "text",
                        "shape",
                        List.of(texts.size()),
                        "datatype",
                        "BYTES",
                        "data",
                        texts))))
        .post("/api/v1/tenants/acme/deployments/embedder/infer");
  }

  private static Response get(String token, String path) {
    return given().auth().oauth2(token).get(path);
  }

  private static String base() {
    return "http://127.0.0.1:"
        + ConfigProvider.getConfig().getValue("quarkus.http.test-port", Integer.class);
  }
}
