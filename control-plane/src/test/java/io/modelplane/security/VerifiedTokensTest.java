package io.modelplane.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import java.time.Instant;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

class VerifiedTokensTest {

  private final VerifiedTokens tokens = new VerifiedTokens();

  VerifiedTokensTest() {
    tokens.capacity = 2;
  }

  @Test
  void shouldAnswerARememberedTokenUntilItExpires() {
    tokens.remember(identity("live", Instant.now().getEpochSecond() + 300, "Default"));
    tokens.remember(identity("expired", Instant.now().getEpochSecond() - 1, "Default"));

    assertThat(authenticate("live")).isNotNull();
    assertThat(authenticate("live").getPrincipal().getName()).isEqualTo("bob");
    assertThat(authenticate("expired")).as("expired: verified again, and refused").isNull();
    assertThat(authenticate("never-seen")).isNull();
  }

  @Test
  void shouldNotRememberTheUiSessionTenant() {
    tokens.remember(identity("ui", Instant.now().getEpochSecond() + 300, "web"));

    assertThat(authenticate("ui")).isNull();
  }

  @Test
  void shouldStayWithinItsCapacity() {
    long later = Instant.now().getEpochSecond() + 300;
    tokens.remember(identity("a", later, "Default"));
    tokens.remember(identity("b", later, "Default"));
    tokens.remember(identity("c", later, "Default"));

    assertThat(authenticate("c")).isNotNull();
    assertThat(authenticate("a")).isNull();
  }

  private SecurityIdentity authenticate(String token) {
    return tokens
        .authenticate(new TokenAuthenticationRequest(new AccessTokenCredential(token)), null)
        .await()
        .indefinitely();
  }

  private static SecurityIdentity identity(String token, long exp, String tenant) {
    return QuarkusSecurityIdentity.builder()
        .setPrincipal(new Jwt(exp))
        .addCredential(new AccessTokenCredential(token))
        .addAttribute("tenant-id", tenant)
        .build();
  }

  /** The claims the cache reads: the subject's name and the expiry. */
  private record Jwt(long exp) implements JsonWebToken {
    @Override
    public String getName() {
      return "bob";
    }

    @Override
    public long getExpirationTime() {
      return exp;
    }

    @Override
    public Set<String> getClaimNames() {
      return Set.of("exp");
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T getClaim(String claimName) {
      return "exp".equals(claimName) ? (T) Long.valueOf(exp) : null;
    }
  }

  @Test
  void shouldBeAskedBeforeAnyProviderThatKeepsTheDefaultPriority() {
    // Given a provider with the interface's default priority, as the OIDC extension's is
    IdentityProvider<TokenAuthenticationRequest> defaultPriority =
        new IdentityProvider<>() {
          @Override
          public Class<TokenAuthenticationRequest> getRequestType() {
            return TokenAuthenticationRequest.class;
          }

          @Override
          public Uni<SecurityIdentity> authenticate(
              TokenAuthenticationRequest request, AuthenticationRequestContext context) {
            return Uni.createFrom().nullItem();
          }
        };

    // Then ours is strictly higher: a tie leaves the order to bean discovery
    assertThat(tokens.priority()).isGreaterThan(defaultPriority.priority());
  }
}
