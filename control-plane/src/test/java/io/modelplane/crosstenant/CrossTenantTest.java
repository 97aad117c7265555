package io.modelplane.crosstenant;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.modelplane.security.TenantRole;
import io.modelplane.testing.KeycloakResource;
import io.modelplane.testing.PostgresResource;
import io.modelplane.testing.TestUsers;
import io.modelplane.testing.Tokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kubernetes.client.KubernetesServerTestResource;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Attacks every declared tenant-owned operation on tenant {@code acme} with the wrong callers:
 * another tenant's member, a role that is too weak, a token without any tenant, an expired token
 * and a forged one. Each must be refused with the right status, as a problem, and change nothing.
 */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KeycloakResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KubernetesServerTestResource.class, scope = TestResourceScope.GLOBAL)
class CrossTenantTest {

  private static final String TARGET = "acme";

  /** acme's demo members by role (sam is an engineer too, but also in globex). */
  private static final Map<TenantRole, String> ACME_MEMBER =
      new EnumMap<>(
          Map.of(
              TenantRole.ADMIN,
              "alice",
              TenantRole.ENGINEER,
              "bob",
              TenantRole.VIEWER,
              "carol",
              TenantRole.AUDITOR,
              "dave"));

  private static String expiredToken;
  private static String noTenantUser;

  enum Attack {
    OTHER_TENANT(404),
    ROLE_TOO_WEAK(403),
    NO_TENANT(404),
    EXPIRED(401),
    FORGED(401);

    final int status;

    Attack(int status) {
      this.status = status;
    }
  }

  static Stream<Arguments> attacks() {
    List<Arguments> cases = new ArrayList<>();
    for (TenantOperation op : TenantOperations.all()) {
      for (Attack attack : Attack.values()) {
        if (attack == Attack.ROLE_TOO_WEAK && weakerMember(op) == null) {
          continue;
        }
        cases.add(Arguments.of(op, attack));
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{1} on {0}")
  @MethodSource("attacks")
  void shouldRefuseAttackAndChangeNothing(TenantOperation op, Attack attack) {
    // Given the fixture and what the operation's observer shows now
    CrossTenantFixture.ensure();
    String before = observe(op);

    // When the attacker calls the operation on acme
    Response response = send(op, token(op, attack));

    // Then it is refused as a problem and nothing changed
    response.then().statusCode(attack.status).contentType("application/problem+json");
    assertThat(observe(op)).isEqualTo(before);
  }

  @ParameterizedTest(name = "allowed member on {0}")
  @MethodSource("operations")
  void shouldServeAllowedMember(TenantOperation op) {
    // Given an acme member whose role is allowed
    CrossTenantFixture.ensure();
    String member = ACME_MEMBER.get(op.allowed().iterator().next());

    // When the same call is made by them
    Response response = send(op, Tokens.user(member));

    // Then it passes authorization (it may still fail on the resource's own rules, e.g. 409)
    assertThat(response.statusCode()).isNotIn(401, 403);
    assertThat(response.asString()).doesNotContain("tenant 'acme' not found");
  }

  static Stream<TenantOperation> operations() {
    return TenantOperations.all().stream();
  }

  private static String token(TenantOperation op, Attack attack) {
    return switch (attack) {
      case OTHER_TENANT -> Tokens.user("erin");
      case ROLE_TOO_WEAK -> Tokens.user(weakerMember(op));
      case NO_TENANT -> noTenantToken();
      case EXPIRED -> expired();
      case FORGED -> Tokens.forged("alice");
    };
  }

  /** A signed-in user who belongs to no tenant and holds no platform role. */
  private static synchronized String noTenantToken() {
    if (noTenantUser == null) {
      noTenantUser = TestUsers.create(List.of());
    }
    return Tokens.user(noTenantUser);
  }

  /** An acme member whose role the operation does not allow (a viewer for writes), or null. */
  private static String weakerMember(TenantOperation op) {
    if (op.mutating()) {
      return op.allowed().contains(TenantRole.VIEWER) ? null : ACME_MEMBER.get(TenantRole.VIEWER);
    }
    return ACME_MEMBER.entrySet().stream()
        .filter(e -> !op.allowed().contains(e.getKey()))
        .map(Map.Entry::getValue)
        .findFirst()
        .orElse(null);
  }

  /** A genuine token that outlived its one-second lifespan; waited for, never slept on. */
  private static synchronized String expired() {
    if (expiredToken == null) {
      String token = Tokens.shortLived("alice");
      await()
          .atMost(Duration.ofSeconds(30))
          .pollInterval(Duration.ofMillis(250))
          .until(() -> given().auth().oauth2(token).get("/api/v1/tenants").statusCode() == 401);
      expiredToken = token;
    }
    return expiredToken;
  }

  private static Response send(TenantOperation op, String token) {
    return op.send(TARGET, token);
  }

  private static String observe(TenantOperation op) {
    if (op.observe() == null) {
      return "";
    }
    return given()
        .auth()
        .oauth2(Tokens.user("alice"))
        .get(CrossTenantFixture.fill(op.observe().replace("{tenant}", TARGET)))
        .asString();
  }
}
