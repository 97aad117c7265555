package io.modelplane.security;

import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;

/**
 * Answers an API request whose bearer token {@link VerifiedTokens} remembers before the OIDC
 * mechanism looks at it. The OIDC mechanism resolves its tenant and decodes the token's JSON on
 * every request before any identity provider is asked, about a fifth of what the gateway allocated
 * per proxied request; a remembered token needs none of it. Anything else (no bearer token, a token
 * not remembered or expired, the UI's paths) is left to the OIDC mechanism, which verifies,
 * challenges and remembers as before.
 */
@ApplicationScoped
public class RememberedBearerTokens implements HttpAuthenticationMechanism {

  private static final String BEARER = "Bearer ";

  @Inject VerifiedTokens tokens;

  @Override
  public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager ipm) {
    String header = context.request().getHeader(HttpHeaders.AUTHORIZATION);
    if (header == null
        || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())
        || context.normalizedPath().startsWith("/ui")) {
      return Uni.createFrom().nullItem();
    }
    return Uni.createFrom().item(tokens.lookup(header.substring(BEARER.length()).trim(), context));
  }

  /** Never challenges: a request it cannot answer is the OIDC mechanism's to challenge. */
  @Override
  public Uni<ChallengeData> getChallenge(RoutingContext context) {
    return Uni.createFrom().nullItem();
  }

  @Override
  public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
    return Set.of(TokenAuthenticationRequest.class);
  }

  /** Ahead of the OIDC mechanism. */
  @Override
  public int getPriority() {
    return DEFAULT_PRIORITY + 100;
  }
}
