package io.modelplane.tenant.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.modelplane.testing.KeycloakResource;
import io.modelplane.testing.PostgresResource;
import io.modelplane.testing.TestUsers;
import io.modelplane.testing.Tokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kubernetes.client.KubernetesServerTestResource;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KeycloakResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KubernetesServerTestResource.class, scope = TestResourceScope.GLOBAL)
class TenantResourceTest {

  @Test
  void shouldCreateTenantThatIsUsableAtOnce() {
    // Given a platform admin and a fresh slug
    String slug = uniqueSlug();

    // When the tenant is created
    given()
        .auth()
        .oauth2(Tokens.user("pat"))
        .contentType(ContentType.JSON)
        .body(tenantJson(slug, "Initech", 2))
        .post("/api/v1/tenants")
        .then()
        .statusCode(201)
        .header("Location", endsWith("/api/v1/tenants/" + slug))
        .body("slug", equalTo(slug))
        .body("gpuQuota", equalTo(2))
        .body("createdBy", equalTo("pat"));

    // Then a user put into the new tenant's admin group can use it right away
    String user = newUserInGroup("/tenants/" + slug + "/admin");
    given()
        .auth()
        .oauth2(Tokens.user(user))
        .get("/api/v1/tenants/" + slug)
        .then()
        .statusCode(200)
        .body("displayName", equalTo("Initech"));
  }

  @Test
  void shouldRefuseDuplicateSlugWithConflict() {
    // Given an existing tenant
    String slug = uniqueSlug();
    create(slug).then().statusCode(201);

    // When it is created again
    var response = create(slug);

    // Then the answer is a 409 problem
    response
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("status", equalTo(409));
  }

  @Test
  void shouldLetOnlyPlatformAdminsCreateTenants() {
    // Given a tenant admin (not a platform admin)
    String slug = uniqueSlug();

    // When they try to create a tenant
    var response =
        given()
            .auth()
            .oauth2(Tokens.user("alice"))
            .contentType(ContentType.JSON)
            .body(tenantJson(slug, "Nope", 1))
            .post("/api/v1/tenants");

    // Then it is forbidden and no tenant exists
    response.then().statusCode(403).contentType("application/problem+json");
    given().auth().oauth2(Tokens.user("pat")).get("/api/v1/tenants/" + slug).then().statusCode(404);
  }

  @Test
  void shouldListOnlyTenantsTheCallerBelongsTo() {
    // Given sam, engineer in acme and viewer in globex
    // When sam lists tenants
    List<String> slugs =
        given()
            .auth()
            .oauth2(Tokens.user("sam"))
            .get("/api/v1/tenants")
            .then()
            .statusCode(200)
            .extract()
            .path("items.slug");

    // Then exactly those two are listed
    assertThat(slugs).containsExactly("acme", "globex");
  }

  @Test
  void shouldListEveryTenantForPlatformAdmins() {
    // Given a tenant no demo user belongs to
    String slug = uniqueSlug();
    create(slug).then().statusCode(201);

    // When the platform admin pages through all tenants
    given()
        .auth()
        .oauth2(Tokens.user("pat"))
        .queryParam("limit", 200)
        .get("/api/v1/tenants")
        .then()
        .statusCode(200)
        .body("items.slug", hasItem(slug));
  }

  @Test
  void shouldPageWithCursor() {
    // Given at least three tenants
    create(uniqueSlug()).then().statusCode(201);

    // When listing one per page
    String cursor =
        given()
            .auth()
            .oauth2(Tokens.user("pat"))
            .queryParam("limit", 1)
            .get("/api/v1/tenants")
            .then()
            .statusCode(200)
            .extract()
            .path("nextCursor");
    List<String> second =
        given()
            .auth()
            .oauth2(Tokens.user("pat"))
            .queryParam("limit", 1)
            .queryParam("after", cursor)
            .get("/api/v1/tenants")
            .then()
            .statusCode(200)
            .extract()
            .path("items.slug");

    // Then the next page starts after the cursor
    assertThat(second).hasSize(1);
    assertThat(second.getFirst()).isGreaterThan(cursor);
  }

  @Test
  void shouldLetCiServiceAccountReadItsTenant() {
    // Given acme's CI client (client credentials)
    String token = Tokens.client("acme-ci", "acme-ci-secret");

    // When / Then it reads acme but not globex
    given().auth().oauth2(token).get("/api/v1/tenants/acme").then().statusCode(200);
    given().auth().oauth2(token).get("/api/v1/tenants/globex").then().statusCode(404);
  }

  static io.restassured.response.Response create(String slug) {
    return given()
        .log()
        .ifValidationFails()
        .auth()
        .oauth2(Tokens.user("pat"))
        .contentType(ContentType.JSON)
        .body(tenantJson(slug, "Tenant " + slug, 1))
        .post("/api/v1/tenants");
  }

  static String tenantJson(String slug, String name, int gpus) {
    return "{\"slug\":\"%s\",\"displayName\":\"%s\",\"gpuQuota\":%d}".formatted(slug, name, gpus);
  }

  static String uniqueSlug() {
    return "t-" + UUID.randomUUID().toString().substring(0, 8);
  }

  private String newUserInGroup(String group) {
    return TestUsers.create(List.of(group));
  }
}
