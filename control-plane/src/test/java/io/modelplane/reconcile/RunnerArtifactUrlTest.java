package io.modelplane.reconcile;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.modelplane.registry.artifact.ArtifactStore;
import io.modelplane.registry.artifact.StagedArtifact;
import io.modelplane.testing.KeycloakResource;
import io.modelplane.testing.PostgresResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kubernetes.client.KubernetesServerTestResource;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The URL a runner fetches its artifact from carries no token, only an HMAC over one tenant's one
 * blob: the signed URL streams the exact bytes; anything else is refused without saying more.
 */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KeycloakResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KubernetesServerTestResource.class, scope = TestResourceScope.GLOBAL)
class RunnerArtifactUrlTest {

  @Inject ArtifactUrls urls;
  @Inject ArtifactStore store;

  private byte[] acmeBytes;
  private String acmeSha;
  private String globexSha;

  @BeforeEach
  void storeOneBlobInEachTenant() throws Exception {
    acmeBytes = randomBytes();
    acmeSha = put("acme", acmeBytes);
    globexSha = put("globex", randomBytes());
  }

  @Test
  void shouldStreamTheExactBytesForTheSignedUrl() {
    Response response = fetch(urls.urlFor("acme", acmeSha, "xgboost"));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.asByteArray()).isEqualTo(acmeBytes);
    assertThat(response.header("X-Artifact-Sha256")).isEqualTo(acmeSha);
  }

  @Test
  void shouldRefuseATamperedSignature() {
    String url = urls.urlFor("acme", acmeSha, "xgboost");
    String signature = url.substring(url.indexOf("signature=") + "signature=".length());
    char last = signature.charAt(signature.length() - 1);
    String tampered = url.substring(0, url.length() - 1) + (last == '0' ? '1' : '0');

    assertRefused(fetch(tampered), 403, signature);
    assertRefused(fetch(url.substring(0, url.indexOf("&signature="))), 403, signature);
  }

  @Test
  void shouldRefuseASignedUrlUsedForAnotherTenant() {
    // Given acme's valid URL, and globex's valid URL
    String acmeUrl = urls.urlFor("acme", acmeSha, "xgboost");
    String globexUrl = urls.urlFor("globex", globexSha, "xgboost");

    // Then acme's signature does not open the blob as globex's, nor globex's signature acme's
    // blob, and no answer says which signature would have worked
    assertRefused(
        fetch(acmeUrl.replace("tenant=acme", "tenant=globex")), 403, urls.sign("globex", acmeSha));
    assertRefused(fetch(globexUrl.replace(globexSha, acmeSha)), 403, urls.sign("globex", acmeSha));
    assertRefused(
        fetch(globexUrl.replace("tenant=globex", "tenant=acme").replace(globexSha, acmeSha)),
        403,
        urls.sign("acme", acmeSha));
  }

  @Test
  void shouldAnswer404ForAValidSignatureOverABlobTheTenantDoesNotHold() {
    // A signature the control plane would make for globex, naming acme's blob
    Response response = fetch(urls.urlFor("globex", acmeSha, "xgboost"));

    assertRefused(response, 404, "acme");
  }

  private static void assertRefused(Response response, int status, String secret) {
    assertThat(response.statusCode()).isEqualTo(status);
    assertThat(response.contentType()).startsWith("application/problem+json");
    String body = response.asString();
    assertThat(body)
        .doesNotContain(secret)
        .doesNotContainIgnoringCase("exception")
        .doesNotContain("test-data")
        .doesNotContain("/artifacts/acme");
    assertThat(response.jsonPath().getInt("status")).isEqualTo(status);
  }

  private static Response fetch(String url) {
    URI uri = URI.create(url);
    return given().urlEncodingEnabled(false).get(uri.getRawPath() + "?" + uri.getRawQuery());
  }

  private String put(String tenant, byte[] bytes) throws Exception {
    String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    try (StagedArtifact staged =
        store.stage(tenant, new ByteArrayInputStream(bytes), Optional.of(sha))) {
      store.commit(staged);
    }
    return sha;
  }

  private static byte[] randomBytes() {
    byte[] bytes = new byte[70_000];
    ThreadLocalRandom.current().nextBytes(bytes);
    return bytes;
  }
}
