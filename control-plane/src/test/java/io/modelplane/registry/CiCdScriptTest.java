package io.modelplane.registry;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.modelplane.testing.KeycloakResource;
import io.modelplane.testing.PostgresResource;
import io.modelplane.testing.RegistryClient;
import io.modelplane.testing.TestArtifacts;
import io.modelplane.testing.Tokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kubernetes.client.KubernetesServerTestResource;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/** The script in docs/ci-cd.md, run verbatim against the real control plane and Keycloak. */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KeycloakResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KubernetesServerTestResource.class, scope = TestResourceScope.GLOBAL)
class CiCdScriptTest {

  @Test
  void shouldRegisterPromoteDeployCanaryAndRollBackWithTheDocumentedScripts() throws Exception {
    // Given the documented script, a model file and a baseline
    String script = documented("script");
    Path baseline = Files.createTempFile("baseline", ".csv");
    Files.writeString(
        baseline, "tenure,plan,monthly_spend\n12,basic,20.5\n3,pro,99.0\n40,basic,18.0\n");
    String model = RegistryClient.uniqueName("churn");
    Map<String, String> env = jobEnv(model, baseline);

    // When it runs as a CI job would: once for the first version
    String first = run(script, with(env, "RUN_ID", "run-1-" + model));

    // Then the version is in production with its baseline and lineage, and deployed
    assertThat(first)
        .contains("baseline: 3 rows, 3 columns")
        .contains("is in production")
        .contains("deployed " + model + " v1 as revision 1");
    given()
        .auth()
        .oauth2(Tokens.user("carol"))
        .get("/api/v1/tenants/acme/models/{m}/versions/1", model)
        .then()
        .statusCode(200)
        .body("stage", equalTo("production"))
        .body("lineage.sourceCommit", equalTo("0badc0de"));
    given()
        .auth()
        .oauth2(Tokens.user("carol"))
        .get("/api/v1/tenants/acme/models/{m}/versions/1/baseline", model)
        .then()
        .statusCode(200)
        .body("columns.find { it.name == 'plan' }.type", equalTo("categorical"))
        .body("columns.find { it.name == 'tenure' }.type", equalTo("numeric"));

    // When the next run ships version 2 as a canary and promotes it
    String second = run(script, with(with(env, "RUN_ID", "run-2-" + model), "PROMOTE_NOW", "true"));

    // Then the canary took its first step and, promoted, all traffic
    assertThat(second)
        .contains("canary: revision 2 takes 10% of traffic")
        .contains("rollout succeeded: revision 2 takes all traffic");
    deployment(model)
        .body("stableRevision", equalTo(2))
        .body("modelVersion", equalTo(2))
        .body("traffic", equalTo(List.of(Map.of("revision", 2, "weight", 100))));

    // When production misbehaves and the documented rollback runs
    String rollback = run(documented("rollback"), with(env, "REASON", "p99 doubled"));

    // Then a third revision serves version 1 again with all traffic
    assertThat(rollback).contains("rolled back: revision 3 serves " + model + " v1");
    deployment(model)
        .body("traffic", equalTo(List.of(Map.of("revision", 3, "weight", 100))))
        .body("modelVersion", equalTo(1));
    given()
        .auth()
        .oauth2(Tokens.user("carol"))
        .get("/api/v1/tenants/acme/deployments/{d}/revisions", model)
        .then()
        .body("items.kind", equalTo(List.of("rollback", "update", "create")))
        .body("items[0].reason", equalTo("p99 doubled"))
        .body("items[0].createdBy", equalTo("service-account-acme-ci"));
  }

  private static io.restassured.response.ValidatableResponse deployment(String name) {
    return given()
        .auth()
        .oauth2(Tokens.user("carol"))
        .get("/api/v1/tenants/acme/deployments/{d}", name)
        .then()
        .statusCode(200);
  }

  private static Map<String, String> jobEnv(String model, Path baseline) {
    return env(
        "MODELPLANE_URL",
        "http://127.0.0.1:"
            + ConfigProvider.getConfig().getValue("quarkus.http.test-port", Integer.class),
        "KEYCLOAK_URL",
        ConfigProvider.getConfig().getValue("modelplane.keycloak.url", String.class),
        "TENANT",
        "acme",
        "MODEL",
        model,
        "CI_CLIENT_ID",
        "acme-ci",
        "CI_CLIENT_SECRET",
        "acme-ci-secret",
        "ARTIFACT",
        TestArtifacts.xgboost().toString(),
        "ENGINE",
        "xgboost",
        "BASELINE",
        baseline.toString(),
        "GIT_COMMIT",
        "0badc0de",
        "APPROVER",
        "alice",
        "APPROVER_PASSWORD",
        "alice",
        "DEPLOYMENT",
        model,
        "BACKEND",
        "kubernetes");
  }

  private static Map<String, String> with(Map<String, String> env, String key, String value) {
    Map<String, String> copy = new java.util.HashMap<>(env);
    copy.put(key, value);
    return copy;
  }

  /** Runs a script as a CI job; its output, after asserting it succeeded. */
  private static String run(String script, Map<String, String> env) throws Exception {
    Process job = start(script, env);
    String output = new String(job.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(job.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(job.exitValue()).as(output).isZero();
    return output;
  }

  private static String documented(String name) throws Exception {
    String doc = Files.readString(Path.of("../docs/ci-cd.md"));
    String block =
        doc.substring(
            doc.indexOf("<!-- " + name + ":start -->"), doc.indexOf("<!-- " + name + ":end -->"));
    return block.substring(block.indexOf("```bash") + 7, block.lastIndexOf("```"));
  }

  private static Map<String, String> env(String... pairs) {
    Map<String, String> env = new java.util.HashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      env.put(pairs[i], pairs[i + 1]);
    }
    return env;
  }

  private static Process start(String script, Map<String, String> env) throws Exception {
    ProcessBuilder pb = new ProcessBuilder("bash", "-c", script).redirectErrorStream(true);
    pb.environment().putAll(env);
    return pb.start();
  }
}
