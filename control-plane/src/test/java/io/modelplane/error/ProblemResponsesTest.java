package io.modelplane.error;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
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
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Bad input always gets a 4xx problem+json naming the field, and nothing is written. */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KeycloakResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KubernetesServerTestResource.class, scope = TestResourceScope.GLOBAL)
class ProblemResponsesTest {

  static Stream<Arguments> badTenantBodies() {
    return Stream.of(
        Arguments.of("malformed JSON", "{\"slug\": \"abc\",", 400, List.of()),
        Arguments.of("not an object", "[1,2]", 400, List.of()),
        Arguments.of("empty body", "", 400, List.of()),
        Arguments.of(
            "unknown field",
            "{\"slug\":\"okay-1\",\"displayName\":\"x\",\"gpuQuota\":1,\"owner\":\"me\"}",
            400,
            List.of("owner")),
        Arguments.of(
            "wrong type",
            "{\"slug\":\"okay-2\",\"displayName\":\"x\",\"gpuQuota\":\"lots\"}",
            400,
            List.of("gpuQuota")),
        Arguments.of("missing fields", "{}", 400, List.of("displayName", "gpuQuota", "slug")),
        Arguments.of(
            "upper-case slug",
            "{\"slug\":\"Acme2\",\"displayName\":\"x\",\"gpuQuota\":1}",
            400,
            List.of("slug")),
        Arguments.of(
            "path traversal slug",
            "{\"slug\":\"../etc\",\"displayName\":\"x\",\"gpuQuota\":1}",
            400,
            List.of("slug")),
        Arguments.of(
            "negative quota",
            "{\"slug\":\"okay-3\",\"displayName\":\"x\",\"gpuQuota\":-2}",
            400,
            List.of("gpuQuota")),
        Arguments.of(
            "blank name",
            "{\"slug\":\"okay-4\",\"displayName\":\"  \",\"gpuQuota\":1}",
            400,
            List.of("displayName")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badTenantBodies")
  void shouldAnswerBadTenantBodyWithProblemNamingField(
      String why, String body, int status, List<String> fields) {
    // Given the current tenants
    List<String> before = allTenants();

    // When a platform admin posts a bad body
    Response response =
        given()
            .auth()
            .oauth2(Tokens.user("pat"))
            .contentType(ContentType.JSON)
            .body(body)
            .post("/api/v1/tenants");

    // Then a problem names each offending field and nothing was stored
    assertProblem(response, status);
    if (!fields.isEmpty()) {
      response.then().body("errors.field", hasItems(fields.toArray(String[]::new)));
    }
    assertThat(allTenants()).isEqualTo(before);
  }

  @Test
  void shouldRefuseWrongContentType() {
    Response response =
        given()
            .auth()
            .oauth2(Tokens.user("pat"))
            .contentType("text/plain")
            .body("slug=x")
            .post("/api/v1/tenants");

    assertProblem(response, 415);
  }

  @Test
  void shouldRefuseOversizeBodyWith413() {
    // Given a body over the 10 MiB limit
    String huge = "{\"slug\":\"" + "a".repeat(11 * 1024 * 1024) + "\"}";

    // When it is posted
    Response response =
        given()
            .auth()
            .oauth2(Tokens.user("pat"))
            .contentType(ContentType.JSON)
            .body(huge)
            .post("/api/v1/tenants");

    // Then the answer is a 413 problem
    assertProblem(response, 413);
  }

  @Test
  void shouldAnswerUnknownTenantWith404Problem() {
    assertProblem(
        given().auth().oauth2(Tokens.user("alice")).get("/api/v1/tenants/no-such-tenant"), 404);
  }

  @Test
  void shouldAnswerTraversalInTenantPathWith404Problem() {
    assertProblem(
        given()
            .auth()
            .oauth2(Tokens.user("alice"))
            .urlEncodingEnabled(false)
            .get("/api/v1/tenants/..%2Fglobex/audit-events"),
        404);
  }

  @Test
  void shouldValidateQueryParameters() {
    Response response =
        given().auth().oauth2(Tokens.user("alice")).queryParam("limit", 0).get("/api/v1/tenants");

    assertProblem(response, 400);
    response.then().body("errors.field", hasItems("limit"));
  }

  @Test
  void shouldAnswerMissingTokenWith401Problem() {
    Response response = given().get("/api/v1/tenants");

    assertProblem(response, 401);
    response.then().header("WWW-Authenticate", equalTo("Bearer"));
  }

  private static void assertProblem(Response response, int status) {
    response
        .then()
        .statusCode(status)
        .contentType("application/problem+json")
        .body("status", equalTo(status));
    assertThat(response.asString())
        .doesNotContain("Exception")
        .doesNotContain("io.modelplane")
        .doesNotContain("\tat ");
  }

  private static List<String> allTenants() {
    return given()
        .auth()
        .oauth2(Tokens.user("pat"))
        .queryParam("limit", 200)
        .get("/api/v1/tenants")
        .then()
        .statusCode(200)
        .extract()
        .path("items.slug");
  }
}
