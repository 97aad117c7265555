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
import io.restassured.http.ContentType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The inference endpoint is non-blocking: access is decided on the event loop when nothing needs
 * the database. A refusal does need it (it is audited), so it must still land in the trail.
 */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KeycloakResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KubernetesServerTestResource.class, scope = TestResourceScope.GLOBAL)
class DeniedInferenceAuditTest {

  @Test
  void shouldAuditAnAuditorRefusedAtTheGateway() {
    String path = "/api/v1/tenants/acme/deployments/audit-probe/infer";

    given()
        .auth()
        .oauth2(Tokens.user("dave"))
        .contentType(ContentType.JSON)
        .body("{\"inputs\":[]}")
        .post(path)
        .then()
        .statusCode(403)
        .contentType("application/problem+json");

    List<String> denied =
        given()
            .auth()
            .oauth2(Tokens.user("alice"))
            .queryParam("action", "access.denied")
            .queryParam("actor", "dave")
            .queryParam("limit", 200)
            .get("/api/v1/tenants/acme/audit-events")
            .then()
            .statusCode(200)
            .extract()
            .path("items.resourceId");
    assertThat(denied).contains(path);
  }
}
