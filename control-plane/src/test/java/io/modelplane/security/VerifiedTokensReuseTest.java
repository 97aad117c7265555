package io.modelplane.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.modelplane.testing.KeycloakResource;
import io.modelplane.testing.PostgresResource;
import io.modelplane.testing.Tokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kubernetes.client.KubernetesServerTestResource;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/**
 * A client that sends the same bearer token again is answered from memory: the token is verified
 * (RSA signature, claims) once, not on every request — through the real OIDC extension and
 * Keycloak, not only in {@link VerifiedTokensTest}.
 */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KeycloakResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KubernetesServerTestResource.class, scope = TestResourceScope.GLOBAL)
class VerifiedTokensReuseTest {

  @Inject VerifiedTokens tokens;

  @Test
  void shouldVerifyARepeatedTokenOnlyOnce() {
    // Given a fresh token used once
    String token = Tokens.user("bob");
    given().auth().oauth2(token).get("/api/v1/tenants/acme/models").then().statusCode(200);
    long hits = tokens.hits();
    long misses = tokens.misses();

    // When it is sent five more times
    for (int i = 0; i < 5; i++) {
      given().auth().oauth2(token).get("/api/v1/tenants/acme/models").then().statusCode(200);
    }

    // Then every repeat was answered from memory, and the metric says so
    assertThat(tokens.hits() - hits).isEqualTo(5);
    assertThat(tokens.misses()).isEqualTo(misses);
    String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
    assertThat(metrics).contains("modelplane_verified_tokens_total{result=\"hit\"}");
  }

  @Test
  void shouldStillRefuseAForgedTokenAfterTheRealOneWasRemembered() {
    // Given bob's real token remembered
    given()
        .auth()
        .oauth2(Tokens.user("bob"))
        .get("/api/v1/tenants/acme/models")
        .then()
        .statusCode(200);

    // Then a forged one is verified, and refused
    given()
        .auth()
        .oauth2(Tokens.forged("bob"))
        .get("/api/v1/tenants/acme/models")
        .then()
        .statusCode(401);
  }
}
