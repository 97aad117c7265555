package io.modelplane.registry;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.modelplane.testing.KeycloakResource;
import io.modelplane.testing.PostgresResource;
import io.modelplane.testing.RegistryClient;
import io.modelplane.testing.Tokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kubernetes.client.KubernetesServerTestResource;
import io.restassured.http.ContentType;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KeycloakResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KubernetesServerTestResource.class, scope = TestResourceScope.GLOBAL)
class ModelResourceTest {

  private static final String BOB = "bob";

  @Test
  void shouldCreateModelWithLocationAndETag() {
    String name = RegistryClient.uniqueName("churn");

    RegistryClient.createModel(Tokens.user(BOB), "acme", name, "classification")
        .then()
        .statusCode(201)
        .header("Location", endsWith("/api/v1/tenants/acme/models/" + name))
        .header("ETag", equalTo("\"0\""))
        .body("owner", equalTo("bob"))
        .body("tags.team", equalTo("search"))
        .body("latestVersion", equalTo(0));
  }

  @Test
  void shouldRefuseDuplicateNameWith409() {
    String name = RegistryClient.uniqueName("dup");
    RegistryClient.createModel(Tokens.user(BOB), "acme", name, "regression").then().statusCode(201);

    RegistryClient.createModel(Tokens.user(BOB), "acme", name, "regression")
        .then()
        .statusCode(409)
        .contentType("application/problem+json");
  }

  @Test
  void shouldKeepSameNameApartAcrossTenants() {
    // Given a model name used in acme
    String name = RegistryClient.uniqueName("shared");
    RegistryClient.createModel(Tokens.user(BOB), "acme", name, "regression").then().statusCode(201);

    // When globex registers the same name / Then it is its own model
    RegistryClient.createModel(Tokens.user("erin"), "globex", name, "regression")
        .then()
        .statusCode(201);
  }

  @Test
  void shouldRejectInvalidNameNamingTheField() {
    RegistryClient.createModel(Tokens.user(BOB), "acme", "Bad_Name", "regression")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("name"));
  }

  @Test
  void shouldFilterByPrefixTaskAndTag() {
    // Given models of two tasks under a common prefix
    String prefix = RegistryClient.uniqueName("flt");
    RegistryClient.createModel(Tokens.user(BOB), "acme", prefix + "-a", "classification")
        .then()
        .statusCode(201);
    RegistryClient.createModel(Tokens.user(BOB), "acme", prefix + "-b", "regression")
        .then()
        .statusCode(201);

    // When listing by prefix and task
    List<String> names =
        given()
            .auth()
            .oauth2(Tokens.user("carol"))
            .queryParam("prefix", prefix)
            .queryParam("task", "regression")
            .queryParam("tag", "team=search")
            .get("/api/v1/tenants/acme/models")
            .then()
            .statusCode(200)
            .extract()
            .path("items.name");

    // Then only the matching one is listed
    assertThat(names).containsExactly(prefix + "-b");
  }

  @Test
  void shouldRefuseStaleIfMatchWith412() {
    // Given a model that someone else updated after we read it
    String name = RegistryClient.uniqueName("etag");
    RegistryClient.createModel(Tokens.user(BOB), "acme", name, "regression").then().statusCode(201);
    patch(name, "\"0\"", "{\"description\":\"first\"}")
        .then()
        .statusCode(200)
        .header("ETag", equalTo("\"1\""));

    // When we update with the old ETag
    var response = patch(name, "\"0\"", "{\"description\":\"second\"}");

    // Then it is refused and the first update stands
    response.then().statusCode(412).contentType("application/problem+json");
    given()
        .auth()
        .oauth2(Tokens.user(BOB))
        .get("/api/v1/tenants/acme/models/" + name)
        .then()
        .body("description", equalTo("first"));
  }

  @Test
  void shouldReplayRetriedCreateWithSameIdempotencyKey() {
    // Given a create sent with an Idempotency-Key
    String name = RegistryClient.uniqueName("idem");
    String body = "{\"name\":\"%s\",\"task\":\"regression\"}".formatted(name);
    var first =
        given()
            .auth()
            .oauth2(Tokens.user(BOB))
            .header("Idempotency-Key", name)
            .contentType(ContentType.JSON)
            .body(body)
            .post("/api/v1/tenants/acme/models");

    // When the pipeline retries it with the same key
    var retry =
        given()
            .auth()
            .oauth2(Tokens.user(BOB))
            .header("Idempotency-Key", name)
            .contentType(ContentType.JSON)
            .body(body)
            .post("/api/v1/tenants/acme/models");

    // Then the first answer is replayed instead of a 409
    first.then().statusCode(201);
    retry
        .then()
        .statusCode(201)
        .header("Idempotent-Replayed", "true")
        .body("name", equalTo(name))
        .header("Location", endsWith("/models/" + name));
  }

  @Test
  void shouldPageThroughModelsByNameFollowingNextCursor() {
    // Given five models under one prefix, created out of name order
    String prefix = RegistryClient.uniqueName("page");
    for (String suffix : List.of("c", "a", "e", "b", "d")) {
      RegistryClient.createModel(Tokens.user(BOB), "acme", prefix + "-" + suffix, "regression")
          .then()
          .statusCode(201);
    }

    // When a viewer lists them two at a time, following nextCursor
    List<List<String>> pages = pages(prefix, "name", 2);

    // Then every model comes once, in name order, and the last page has no cursor
    assertThat(pages)
        .containsExactly(
            List.of(prefix + "-a", prefix + "-b"),
            List.of(prefix + "-c", prefix + "-d"),
            List.of(prefix + "-e"));
  }

  @Test
  void shouldSortByCreationAcrossPages() {
    // Given three models created in an order that is not their name order
    String prefix = RegistryClient.uniqueName("made");
    List<String> created = List.of(prefix + "-z", prefix + "-m", prefix + "-a");
    for (String name : created) {
      RegistryClient.createModel(Tokens.user(BOB), "acme", name, "regression")
          .then()
          .statusCode(201);
    }

    // When listed by creation, two per page
    List<List<String>> pages = pages(prefix, "created", 2);

    // Then they come in the order they were created
    assertThat(pages).containsExactly(created.subList(0, 2), created.subList(2, 3));
  }

  @Test
  void shouldRejectUnknownSortNamingTheField() {
    given()
        .auth()
        .oauth2(Tokens.user("carol"))
        .queryParam("sort", "popularity")
        .get("/api/v1/tenants/acme/models")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItem("sort"));
  }

  @Test
  void shouldRejectCursorThatIsNotFromTheCreatedList() {
    given()
        .auth()
        .oauth2(Tokens.user("carol"))
        .queryParam("sort", "created")
        .queryParam("after", "churn")
        .get("/api/v1/tenants/acme/models")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("after"));
  }

  /** Follows nextCursor from the first page to the last; each page's names. */
  private static List<List<String>> pages(String prefix, String sort, int limit) {
    List<List<String>> pages = new java.util.ArrayList<>();
    String cursor = null;
    do {
      var request =
          given()
              .auth()
              .oauth2(Tokens.user("carol"))
              .queryParam("prefix", prefix)
              .queryParam("sort", sort)
              .queryParam("limit", limit);
      if (cursor != null) {
        request.queryParam("after", cursor);
      }
      var page =
          request.get("/api/v1/tenants/acme/models").then().statusCode(200).extract().jsonPath();
      pages.add(page.getList("items.name", String.class));
      cursor = page.getString("nextCursor");
    } while (cursor != null && pages.size() < 10);
    return pages;
  }

  private static io.restassured.response.Response patch(String name, String ifMatch, String body) {
    return given()
        .auth()
        .oauth2(Tokens.user(BOB))
        .header("If-Match", ifMatch)
        .contentType(ContentType.JSON)
        .body(body)
        .patch("/api/v1/tenants/acme/models/" + name);
  }
}
