package io.modelplane.registry;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.modelplane.testing.KeycloakResource;
import io.modelplane.testing.PostgresResource;
import io.modelplane.testing.RegistryClient;
import io.modelplane.testing.TestUsers;
import io.modelplane.testing.Tokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kubernetes.client.KubernetesServerTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A tenant that asks for two approvals before production, in a tenant of its own. */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KeycloakResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KubernetesServerTestResource.class, scope = TestResourceScope.GLOBAL)
class TwoApprovalsTest {

  @Test
  void shouldPromoteOnlyAfterTheSecondApproval() {
    // Given a fresh tenant with three admins and an engineer, set to require two approvals
    String tenant = RegistryClient.uniqueName("two");
    given()
        .auth()
        .oauth2(Tokens.user("pat"))
        .contentType(ContentType.JSON)
        .body(
            "{\"slug\":\"%s\",\"displayName\":\"Two approvals\",\"gpuQuota\":0}".formatted(tenant))
        .post("/api/v1/tenants")
        .then()
        .statusCode(201);
    String first = TestUsers.create(List.of("/tenants/" + tenant + "/admin"));
    String second = TestUsers.create(List.of("/tenants/" + tenant + "/admin"));
    String engineer = TestUsers.create(List.of("/tenants/" + tenant + "/engineer"));
    given()
        .auth()
        .oauth2(Tokens.user(first))
        .contentType(ContentType.JSON)
        .body("{\"productionApprovals\":2,\"multipleProduction\":false}")
        .put("/api/v1/tenants/{t}/registry-settings", tenant)
        .then()
        .statusCode(200)
        .body("productionApprovals", equalTo(2));
    String model = RegistryClient.modelWithVersion(Tokens.user(engineer), tenant);
    long id =
        given()
            .auth()
            .oauth2(Tokens.user(engineer))
            .contentType(ContentType.JSON)
            .body("{\"targetStage\":\"production\"}")
            .post("/api/v1/tenants/{t}/models/{m}/versions/1/stage-requests", tenant, model)
            .then()
            .statusCode(201)
            .body("requiredApprovals", equalTo(2))
            .extract()
            .jsonPath()
            .getLong("id");

    // When the first admin approves / Then it is still pending
    approve(first, tenant, id).then().statusCode(200).body("state", equalTo("pending"));

    // When the second admin approves / Then the version is in production
    approve(second, tenant, id).then().statusCode(200).body("state", equalTo("approved"));
    given()
        .auth()
        .oauth2(Tokens.user(engineer))
        .get("/api/v1/tenants/{t}/models/{m}/versions/1", tenant, model)
        .then()
        .body("stage", equalTo("production"));
  }

  @Test
  void shouldRefuseThreeApprovals() {
    given()
        .auth()
        .oauth2(Tokens.user("alice"))
        .contentType(ContentType.JSON)
        .body("{\"productionApprovals\":3,\"multipleProduction\":false}")
        .put("/api/v1/tenants/acme/registry-settings")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("productionApprovals"));
  }

  private static Response approve(String admin, String tenant, long id) {
    return given()
        .auth()
        .oauth2(Tokens.user(admin))
        .contentType(ContentType.JSON)
        .body("{}")
        .post("/api/v1/tenants/{t}/stage-requests/{id}/approve", tenant, id);
  }
}
