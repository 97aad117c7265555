package io.modelplane.report;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.modelplane.audit.checkpoint.Ed25519Keys;
import io.modelplane.audit.merkle.Verifier;
import io.modelplane.testing.KeycloakResource;
import io.modelplane.testing.PostgresResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kubernetes.client.KubernetesServerTestResource;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.security.Signature;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A report's checkpoint is signed by the log's key, and the next report proves the log it covers
 * extends the previous report's: checked with the compliance module's verifier, and offline with
 * the documented {@code bin/verify-audit report} command.
 */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KeycloakResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KubernetesServerTestResource.class, scope = TestResourceScope.GLOBAL)
class ReportChainTest {

  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  @BeforeEach
  void activity() {
    ReportFixture.ensure();
  }

  @Test
  void shouldEmbedACheckpointSignedByTheLogsKey() throws Exception {
    // When dave has a JSON report built
    JsonPath chain = ReportClient.content(ReportClient.job("json")).jsonPath().setRootPath("chain");

    // Then its checkpoint's note verifies with the published key, and the hex root is that root
    byte[] root = Base64.getDecoder().decode(chain.getString("checkpoint.rootHash"));
    assertThat(chain.getString("rootHashHex")).isEqualTo(HexFormat.of().formatHex(root));
    assertThat(chain.getString("checkpoint.note"))
        .isEqualTo(
            "%s\n%d\n%s\ntime %s\n"
                .formatted(
                    chain.getString("checkpoint.origin"),
                    chain.getLong("checkpoint.treeSize"),
                    chain.getString("checkpoint.rootHash"),
                    chain.getString("checkpoint.timestamp")));
    Signature ed25519 = Signature.getInstance("Ed25519");
    ed25519.initVerify(publishedKey());
    ed25519.update(chain.getString("checkpoint.note").getBytes(StandardCharsets.UTF_8));
    assertThat(ed25519.verify(Base64.getDecoder().decode(chain.getString("checkpoint.signature"))))
        .isTrue();
    assertThat(chain.getBoolean("verification.valid")).isTrue();
    assertThat(chain.getString("signingKey.keyId")).isEqualTo(chain.getString("checkpoint.keyId"));
  }

  @Test
  void shouldProveTheNextReportConsistentWithThePrevious(@TempDir Path dir) throws Exception {
    // Given a first report kept by the officer
    var first = ReportClient.job("json");
    String firstJson = ReportClient.content(first).asString();

    // When a second report is built
    var second = ReportClient.job("json");
    String secondJson = ReportClient.content(second).asString();

    // Then it proves consistency from the first report's checkpoint to its own
    JsonPath older = JsonPath.from(firstJson).setRootPath("chain");
    JsonPath newer = JsonPath.from(secondJson).setRootPath("chain");
    assertThat(newer.getLong("previousReportId")).isEqualTo(first.jsonPath().getLong("id"));
    assertThat(second.jsonPath().getLong("previousReportId"))
        .isEqualTo(first.jsonPath().getLong("id"));
    long fromSize = older.getLong("checkpoint.treeSize");
    long toSize = newer.getLong("checkpoint.treeSize");
    assertThat(toSize).isGreaterThan(fromSize);
    assertThat(newer.getLong("consistency.fromSize")).isEqualTo(fromSize);
    assertThat(newer.getLong("consistency.toSize")).isEqualTo(toSize);
    assertThat(
            Verifier.consistency(
                fromSize,
                toSize,
                bytes(older.getString("checkpoint.rootHash")),
                bytes(newer.getString("checkpoint.rootHash")),
                newer.getList("consistency.proof", String.class).stream()
                    .map(ReportChainTest::bytes)
                    .toList()))
        .isTrue();

    // And the documented offline command agrees, and refuses a report whose proof was altered
    Files.writeString(dir.resolve("key.json"), given().get("/api/v1/audit/signing-key").asString());
    Files.writeString(dir.resolve("first.json"), firstJson);
    Files.writeString(dir.resolve("second.json"), secondJson);
    String keyId = newer.getString("checkpoint.keyId");
    Result ok = verify(dir, keyId, "second.json", "first.json");
    assertThat(ok.exit()).as(ok.output()).isZero();
    assertThat(ok.output())
        .contains("ok   the log of " + toSize + " events extends the log of " + fromSize);
    Files.writeString(dir.resolve("forged.json"), forgeProof(secondJson, newer));
    Result forged = verify(dir, keyId, "forged.json", "first.json");
    assertThat(forged.exit()).as(forged.output()).isEqualTo(1);
    assertThat(forged.output()).contains("FAIL");
  }

  private static String forgeProof(String json, JsonPath chain) {
    String firstHash = chain.getList("consistency.proof", String.class).getFirst();
    String other = Base64.getEncoder().encodeToString(new byte[32]);
    return json.replace("\"" + firstHash + "\"", "\"" + other + "\"");
  }

  private static PublicKey publishedKey() {
    String spki = given().get("/api/v1/audit/signing-key").jsonPath().getString("publicKeySpki");
    return Ed25519Keys.publicKey(Base64.getDecoder().decode(spki));
  }

  private static byte[] bytes(String b64) {
    return Base64.getDecoder().decode(b64);
  }

  record Result(int exit, String output) {}

  private static Result verify(Path dir, String keyId, String report, String previous)
      throws Exception {
    List<String> command = new ArrayList<>(List.of(ROOT.resolve("bin/verify-audit").toString()));
    command.addAll(
        List.of(
            "--key-id",
            keyId,
            "report",
            dir.resolve("key.json").toString(),
            dir.resolve(report).toString(),
            dir.resolve(previous).toString()));
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    Process p = pb.start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new Result(p.exitValue(), output);
  }
}
