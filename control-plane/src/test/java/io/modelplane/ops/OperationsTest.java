package io.modelplane.ops;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.modelplane.testing.KeycloakResource;
import io.modelplane.testing.PostgresResource;
import io.modelplane.testing.Tokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kubernetes.client.KubernetesServerTestResource;
import org.junit.jupiter.api.Test;

/** What an operator scrapes and probes. */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KeycloakResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KubernetesServerTestResource.class, scope = TestResourceScope.GLOBAL)
class OperationsTest {

  @Test
  void shouldReportReadinessIncludingDatabase() {
    given()
        .get("/q/health/ready")
        .then()
        .statusCode(200)
        .body("status", equalTo("UP"))
        .body("checks.name", hasItem(containsString("Database connections health check")))
        .body("checks.find { it.name == 'Kubernetes API' }.status", equalTo("UP"));
  }

  @Test
  void shouldExposePrometheusMetricsOfServedRequests() {
    // Given a served API request
    given().auth().oauth2(Tokens.user("alice")).get("/api/v1/tenants").then().statusCode(200);

    // Then it is counted in Prometheus format
    given()
        .get("/q/metrics")
        .then()
        .statusCode(200)
        .body(containsString("http_server_requests_seconds_count"))
        .body(containsString("uri=\"/api/v1/tenants\""));
  }

  @Test
  void shouldPublishOpenApiWithOidcSecurityScheme() {
    given()
        .accept("application/json")
        .get("/q/openapi")
        .then()
        .statusCode(200)
        .body("components.securitySchemes.keycloak.type", equalTo("openIdConnect"))
        .body("paths", org.hamcrest.Matchers.hasKey("/api/v1/tenants"));
  }

  @Test
  void shouldServeSwaggerUi() {
    given().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger"));
  }
}
