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
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KeycloakResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KubernetesServerTestResource.class, scope = TestResourceScope.GLOBAL)
class AliasResourceTest {

  private String model;

  @BeforeEach
  void modelWithTwoVersions() {
    model = RegistryClient.modelWithVersion(token(), "acme");
    RegistryClient.register(
            token(), "acme", model, "{\"engine\":\"onnx\"}", TestArtifacts.minilmZip())
        .then()
        .statusCode(201);
  }

  @Test
  void shouldAnswerWhichVersionWasChampionAtAnInstant() {
    // Given champion moved from 1 to 2, with an instant in between
    setAlias("champion", 1, "first launch", null).then().statusCode(200);
    Instant between = Instant.now();
    setAlias("champion", 2, "better recall", null).then().statusCode(200);

    // When asking for the history up to that instant
    List<Integer> at =
        given()
            .auth()
            .oauth2(token())
            .queryParam("at", between.toString())
            .get("/api/v1/tenants/acme/models/{m}/aliases/champion/history", model)
            .then()
            .statusCode(200)
            .extract()
            .path("to");

    // Then the last move before it pointed at version 1, and the full history has both moves
    assertThat(at.getLast()).isEqualTo(1);
    given()
        .auth()
        .oauth2(token())
        .get("/api/v1/tenants/acme/models/{m}/aliases/champion/history", model)
        .then()
        .statusCode(200)
        .body("to", equalTo(List.of(1, 2)))
        .body("from[1]", equalTo(1))
        .body("reason[1]", equalTo("better recall"))
        .body("actor[1]", equalTo("bob"));
  }

  @Test
  void shouldRefuseAliasToUnknownVersion() {
    setAlias("champion", 99, "typo", null)
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
  }

  @Test
  void shouldRefuseStaleIfMatch() {
    // Given champion at 1, read with its ETag, then moved by someone else
    setAlias("champion", 1, null, null).then().statusCode(200);
    String etag =
        given()
            .auth()
            .oauth2(token())
            .get("/api/v1/tenants/acme/models/{m}/aliases/champion", model)
            .header("ETag");
    setAlias("champion", 2, null, etag).then().statusCode(200);

    // When we move it with the stale ETag / Then 412 and it stays at 2
    setAlias("champion", 1, null, etag).then().statusCode(412);
    given()
        .auth()
        .oauth2(token())
        .get("/api/v1/tenants/acme/models/{m}/aliases/champion", model)
        .then()
        .body("version", equalTo(2));
  }

  @Test
  void shouldSerialiseConcurrentMovesWithCompleteHistory() throws Exception {
    // When eight moves race each other
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Callable<Integer>> moves =
          IntStream.range(0, 8)
              .mapToObj(
                  i ->
                      (Callable<Integer>)
                          () -> setAlias("challenger", 1 + i % 2, "race " + i, null).statusCode())
              .toList();
      List<Integer> statuses = pool.invokeAll(moves).stream().map(AliasResourceTest::get).toList();

      // Then every move succeeded and each one is in the history, chained from the previous
      assertThat(statuses).containsOnly(200);
    } finally {
      pool.shutdown();
    }
    List<Integer> from =
        given()
            .auth()
            .oauth2(token())
            .get("/api/v1/tenants/acme/models/{m}/aliases/challenger/history", model)
            .then()
            .statusCode(200)
            .extract()
            .path("from");
    List<Integer> to =
        given()
            .auth()
            .oauth2(token())
            .get("/api/v1/tenants/acme/models/{m}/aliases/challenger/history", model)
            .then()
            .extract()
            .path("to");
    assertThat(to).hasSize(8);
    for (int i = 1; i < to.size(); i++) {
      assertThat(from.get(i)).isEqualTo(to.get(i - 1));
    }
  }

  @Test
  void shouldDeleteAliasAndKeepItInHistory() {
    setAlias("champion", 1, null, null).then().statusCode(200);

    given()
        .auth()
        .oauth2(token())
        .queryParam("reason", "retired")
        .delete("/api/v1/tenants/acme/models/{m}/aliases/champion", model)
        .then()
        .statusCode(204);

    given()
        .auth()
        .oauth2(token())
        .get("/api/v1/tenants/acme/models/{m}/aliases/champion", model)
        .then()
        .statusCode(404);
    given()
        .auth()
        .oauth2(token())
        .get("/api/v1/tenants/acme/models/{m}/aliases/champion/history", model)
        .then()
        .body("to[1]", equalTo(null))
        .body("reason[1]", equalTo("retired"));
  }

  private Response setAlias(String alias, int version, String reason, String ifMatch) {
    var request =
        given()
            .auth()
            .oauth2(token())
            .contentType(ContentType.JSON)
            .body(
                reason == null
                    ? "{\"version\":%d}".formatted(version)
                    : "{\"version\":%d,\"reason\":\"%s\"}".formatted(version, reason));
    if (ifMatch != null) {
      request = request.header("If-Match", ifMatch);
    }
    return request.put("/api/v1/tenants/acme/models/{m}/aliases/{a}", model, alias);
  }

  private static String token() {
    return Tokens.user("bob");
  }

  private static <T> T get(Future<T> f) {
    try {
      return f.get();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
