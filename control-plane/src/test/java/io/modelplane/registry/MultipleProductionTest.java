package io.modelplane.registry;

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
import org.junit.jupiter.api.Test;

/**
 * The per-tenant {@code multipleProduction} setting: with it, promoting a second version leaves the
 * first in production (e.g. two regional variants); without it, the first is archived.
 */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KeycloakResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KubernetesServerTestResource.class, scope = TestResourceScope.GLOBAL)
class MultipleProductionTest {

  @Test
  void shouldKeepBothVersionsInProductionWhenTheTenantAllowsSeveral() {
    // Given a tenant allowing several production versions, with version 1 in production
    RegistryTenant tenant = RegistryTenant.create("multi", 1, true);
    String model = versionOneInProductionAndVersionTwo(tenant);

    // When version 2 is promoted too
    promote(tenant, model, 2);

    // Then both serve production
    tenant.get("/models/{m}/versions/1", model).then().body("stage", equalTo("production"));
    tenant.get("/models/{m}/versions/2", model).then().body("stage", equalTo("production"));
  }

  @Test
  void shouldArchiveThePreviousVersionByDefault() {
    // Given a tenant on the default setting, with version 1 in production
    RegistryTenant tenant = RegistryTenant.create("single", 1, false);
    String model = versionOneInProductionAndVersionTwo(tenant);

    // When version 2 is promoted
    promote(tenant, model, 2);

    // Then version 1 was archived by that promotion
    tenant.get("/models/{m}/versions/1", model).then().body("stage", equalTo("archived"));
    tenant.get("/models/{m}/versions/2", model).then().body("stage", equalTo("production"));
    tenant
        .get("/models/{m}/versions/1/transitions", model)
        .then()
        .body("to[1]", equalTo("archived"))
        .body("reason[1]", equalTo("replaced by version 2 in production"));
  }

  private static String versionOneInProductionAndVersionTwo(RegistryTenant tenant) {
    String token = Tokens.user(tenant.engineer());
    String model = RegistryClient.uniqueName("prod");
    RegistryClient.createModel(token, tenant.slug(), model, "classification")
        .then()
        .statusCode(201);
    for (int i = 0; i < 2; i++) {
      RegistryClient.register(
              token, tenant.slug(), model, "{\"engine\":\"xgboost\"}", TestArtifacts.xgboost())
          .then()
          .statusCode(201);
    }
    promote(tenant, model, 1);
    return model;
  }

  private static void promote(RegistryTenant tenant, String model, int version) {
    long id = tenant.requestStage(model, version, "production");
    tenant
        .approve(tenant.firstAdmin(), id)
        .then()
        .statusCode(200)
        .body("state", equalTo("approved"));
  }
}
