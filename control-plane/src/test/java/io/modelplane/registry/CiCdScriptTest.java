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
  void shouldRegisterAttachBaselineAndPromoteWithTheDocumentedScript() throws Exception {
    // Given the documented script, a model file and a baseline
    String script = documentedScript();
    Path baseline = Files.createTempFile("baseline", ".csv");
    Files.writeString(
        baseline, "tenure,plan,monthly_spend\n12,basic,20.5\n3,pro,99.0\n40,basic,18.0\n");
    String model = RegistryClient.uniqueName("churn");

    // When it runs as a CI job would
    Process job =
        run(
            script,
            env(
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
                "RUN_ID",
                "run-" + model,
                "GIT_COMMIT",
                "0badc0de",
                "APPROVER",
                "alice",
                "APPROVER_PASSWORD",
                "alice"));

    // Then it succeeds and the version is in production with its baseline and lineage
    String output = new String(job.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(job.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(job.exitValue()).as(output).isZero();
    assertThat(output).contains("baseline: 3 rows, 3 columns").contains("is in production");
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
  }

  private static String documentedScript() throws Exception {
    String doc = Files.readString(Path.of("../docs/ci-cd.md"));
    String block =
        doc.substring(doc.indexOf("<!-- script:start -->"), doc.indexOf("<!-- script:end -->"));
    return block.substring(block.indexOf("```bash") + 7, block.lastIndexOf("```"));
  }

  private static Map<String, String> env(String... pairs) {
    Map<String, String> env = new java.util.HashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      env.put(pairs[i], pairs[i + 1]);
    }
    return env;
  }

  private static Process run(String script, Map<String, String> env) throws Exception {
    ProcessBuilder pb = new ProcessBuilder("bash", "-c", script).redirectErrorStream(true);
    pb.environment().putAll(env);
    return pb.start();
  }
}
