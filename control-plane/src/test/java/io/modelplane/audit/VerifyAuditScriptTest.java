package io.modelplane.audit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.modelplane.testing.KeycloakResource;
import io.modelplane.testing.PostgresResource;
import io.modelplane.testing.RegistryClient;
import io.modelplane.testing.Tokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kubernetes.client.KubernetesServerTestResource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * The officer's recipe in docs/audit-verify.md, run verbatim against the real control plane and
 * Keycloak: fetch, then verify offline with bin/verify-audit. A proof tampered with afterwards must
 * fail.
 */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KeycloakResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KubernetesServerTestResource.class, scope = TestResourceScope.GLOBAL)
class VerifyAuditScriptTest {

  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  @Test
  void shouldVerifyCheckpointsAndProofsOfflineAndCatchATamperedProof() throws Exception {
    // Given the checkpoint an officer kept from the last review, and an event since then
    Path out = Files.createTempDirectory("audit-verify");
    RegistryClient.createModel(
        Tokens.user("bob"), "acme", RegistryClient.uniqueName("before"), "x");
    String old =
        given()
            .auth()
            .oauth2(Tokens.user("dave"))
            .post("/api/v1/tenants/acme/checkpoints")
            .asString();
    Files.writeString(out.resolve("old.json"), old);
    String model = RegistryClient.uniqueName("reviewed");
    RegistryClient.createModel(Tokens.user("bob"), "acme", model, "regression")
        .then()
        .statusCode(201);
    long seq =
        given()
            .auth()
            .oauth2(Tokens.user("dave"))
            .queryParam("resourceId", model)
            .get("/api/v1/tenants/acme/audit-events")
            .jsonPath()
            .getLong("items[0].sequence");
    String keyId = given().get("/api/v1/audit/signing-key").jsonPath().getString("keyId");

    // When the documented recipe runs
    Result run = bash(documentedFetch(), env(out, seq, keyId));

    // Then every check passes, down to the event's own fields
    assertThat(run.exit()).as(run.output()).isZero();
    assertThat(run.output())
        .contains("ok   checkpoint")
        .contains("extends the log of")
        .contains("event " + seq + " hashes to leaf")
        .contains("is in the signed tree of")
        .doesNotContain("FAIL");

    // When one hash of the consistency proof is altered / Then the verifier refuses it
    String proof = Files.readString(out.resolve("consistency.json"));
    Files.writeString(out.resolve("consistency.json"), tamper(proof));
    Result tampered =
        bash(
            "bin/verify-audit consistency \"$OUT/key.json\" \"$OUT/old.json\" \"$OUT/new.json\""
                + " \"$OUT/consistency.json\"",
            env(out, seq, keyId));
    assertThat(tampered.exit()).isEqualTo(1);
    assertThat(tampered.output()).contains("FAIL");
  }

  @Test
  void shouldRefuseAKeyOtherThanThePinnedOne() throws Exception {
    Path out = Files.createTempDirectory("audit-verify");
    Files.writeString(
        out.resolve("cp.json"),
        given()
            .auth()
            .oauth2(Tokens.user("dave"))
            .post("/api/v1/tenants/acme/checkpoints")
            .asString());
    Files.writeString(out.resolve("key.json"), given().get("/api/v1/audit/signing-key").asString());

    Result run =
        bash(
            "bin/verify-audit --key-id 0000000000000000 checkpoint \"$OUT/key.json\" \"$OUT/cp.json\"",
            env(out, 0, ""));

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.output()).contains("not the pinned 0000000000000000");
  }

  /** The proof with the first character of its first hash changed (still valid base64). */
  private static String tamper(String json) {
    int at = json.indexOf("\"proof\":[\"") + "\"proof\":[\"".length();
    char c = json.charAt(at);
    return json.substring(0, at) + (c == 'A' ? 'B' : 'A') + json.substring(at + 1);
  }

  private static Map<String, String> env(Path out, long seq, String keyId) {
    Map<String, String> env = new HashMap<>();
    env.put(
        "MODELPLANE_URL",
        "http://127.0.0.1:"
            + ConfigProvider.getConfig().getValue("quarkus.http.test-port", Integer.class));
    env.put(
        "KEYCLOAK_URL",
        ConfigProvider.getConfig().getValue("modelplane.keycloak.url", String.class));
    env.put("TENANT", "acme");
    env.put("AUDITOR", "dave");
    env.put("AUDITOR_PASSWORD", "dave");
    env.put("OUT", out.toString());
    env.put("SEQ", String.valueOf(seq));
    env.put("KEY_ID", keyId);
    return env;
  }

  private static String documentedFetch() throws IOException {
    String doc = Files.readString(ROOT.resolve("docs/audit-verify.md"));
    int marker = doc.indexOf("<!-- fetch -->");
    int start = doc.indexOf("```bash\n", marker) + "```bash\n".length();
    return doc.substring(start, doc.indexOf("```", start));
  }

  record Result(int exit, String output) {}

  private static Result bash(String script, Map<String, String> env) throws Exception {
    ProcessBuilder pb = new ProcessBuilder(List.of("bash", "-c", script));
    pb.directory(ROOT.toFile());
    pb.environment().putAll(env);
    pb.redirectErrorStream(true);
    Process p = pb.start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    return new Result(p.exitValue(), output);
  }
}
