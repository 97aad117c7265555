package io.modelplane.audit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.modelplane.crosstenant.TenantOperation;
import io.modelplane.crosstenant.TenantOperations;
import io.modelplane.security.TenantRole;
import io.modelplane.testing.KeycloakResource;
import io.modelplane.testing.PostgresResource;
import io.modelplane.testing.Tokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kubernetes.client.KubernetesServerTestResource;
import io.restassured.response.Response;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An auditor reads everything of the audit log and changes nothing else: every state-changing
 * tenant operation but signing a checkpoint and requesting a report refuses them with 403, and the
 * refusal itself is in the trail. Those two are allowed (in {@link TenantOperations}) because they
 * only read the tenant's records and sign the log as it is: a report job stores the report, its
 * checkpoint and nothing of the tenant's models, deployments or settings.
 */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KeycloakResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KubernetesServerTestResource.class, scope = TestResourceScope.GLOBAL)
class AuditorRoleTest {

  static Stream<TenantOperation> writesAuditorsMayNotDo() {
    return TenantOperations.all().stream()
        .filter(TenantOperation::mutating)
        .filter(op -> !op.allowed().contains(TenantRole.AUDITOR));
  }

  @ParameterizedTest(name = "auditor refused: {0}")
  @MethodSource("writesAuditorsMayNotDo")
  void shouldRefuseTheAuditorEveryWriteButCheckpointsAndReports(TenantOperation op) {
    // When dave, an auditor of acme, attempts the write
    Response response = send(op, Tokens.user("dave"));

    // Then he is refused as too weak a role, and the refusal is recorded
    response.then().statusCode(403).contentType("application/problem+json");
    String path = op.pathIn("acme").replaceFirst("\\?.*", "");
    assertThat(
            given()
                .auth()
                .oauth2(Tokens.user("dave"))
                .queryParam("action", "access.denied")
                .queryParam("actor", "dave")
                .queryParam("resourceId", path)
                .get("/api/v1/tenants/acme/audit-events")
                .jsonPath()
                .getList("items"))
        .isNotEmpty();
  }

  private static Response send(TenantOperation op, String token) {
    return op.send("acme", token);
  }
}
