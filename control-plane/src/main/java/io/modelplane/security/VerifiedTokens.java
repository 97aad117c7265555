package io.modelplane.security;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Bearer tokens already verified, remembered until they expire, so a client that sends the same
 * token again (a CI job, the inference path) is not verified again on every request. The OIDC
 * extension verifies a token the first time; {@link RememberVerifiedToken} remembers the resulting
 * identity, and this provider, asked first, answers the next requests with it (with the current
 * request's routing context). Expiry is checked on every hit, so an expired token is refused
 * exactly as before; only API bearer tokens (the default OIDC tenant) are remembered, never the
 * UI's session.
 */
@ApplicationScoped
public class VerifiedTokens implements IdentityProvider<TokenAuthenticationRequest> {

  private static final String DEFAULT_TENANT = "Default";

  @ConfigProperty(name = "modelplane.security.verified-token-cache", defaultValue = "10000")
  int capacity;

  private final Map<String, Remembered> remembered = new ConcurrentHashMap<>();
  private final LongAdder hits = new LongAdder();
  private final LongAdder misses = new LongAdder();

  record Remembered(SecurityIdentity identity, long expiresAt) {}

  @Override
  public Class<TokenAuthenticationRequest> getRequestType() {
    return TokenAuthenticationRequest.class;
  }

  /**
   * Asked before the OIDC provider; null (so OIDC verifies) unless the token is remembered. The
   * OIDC provider keeps the interface's default priority, {@code SYSTEM_FIRST + 1}: an equal
   * priority left the order to bean discovery, which put OIDC first in the packaged application
   * (every request verified again) while tests happened to ask this provider first.
   */
  @Override
  public int priority() {
    return SYSTEM_FIRST + 100;
  }

  @Override
  public Uni<SecurityIdentity> authenticate(
      TokenAuthenticationRequest request, AuthenticationRequestContext context) {
    SecurityIdentity identity =
        lookup(
            request.getToken().getToken(), HttpSecurityUtils.getRoutingContextAttribute(request));
    if (identity == null) {
      misses.increment();
    }
    return Uni.createFrom().item(identity);
  }

  /**
   * The remembered identity of a token that has not expired, with the current request's routing
   * context, or null (nothing counted: the OIDC path that follows asks again and counts the miss).
   */
  SecurityIdentity lookup(String token, RoutingContext routing) {
    Remembered hit = remembered.get(token);
    if (hit == null) {
      return null;
    }
    if (Instant.now().getEpochSecond() >= hit.expiresAt()) {
      remembered.remove(token);
      return null;
    }
    hits.increment();
    QuarkusSecurityIdentity.Builder identity = QuarkusSecurityIdentity.builder(hit.identity());
    if (routing != null) {
      identity.addAttribute(RoutingContext.class.getName(), routing);
      identity.addAttribute(HttpSecurityUtils.ROUTING_CONTEXT_ATTRIBUTE, routing);
    }
    return identity.build();
  }

  /** Remembers an identity the OIDC extension built from a verified API bearer token. */
  void remember(SecurityIdentity identity) {
    if (identity.getPrincipal() instanceof JsonWebToken jwt
        && DEFAULT_TENANT.equals(identity.getAttribute("tenant-id"))
        && identity.getCredential(AccessTokenCredential.class) != null
        && jwt.getExpirationTime() > 0) {
      String token = identity.getCredential(AccessTokenCredential.class).getToken();
      if (!remembered.containsKey(token)) {
        if (remembered.size() >= capacity) {
          long now = Instant.now().getEpochSecond();
          remembered.values().removeIf(r -> now >= r.expiresAt());
          if (remembered.size() >= capacity) {
            remembered.clear();
          }
        }
        remembered.put(token, new Remembered(identity, jwt.getExpirationTime()));
      }
    }
  }

  /** Requests answered from memory (exported as {@code modelplane_verified_tokens_total}). */
  public long hits() {
    return hits.sum();
  }

  /** Requests whose token had to be verified (not remembered, or expired). */
  public long misses() {
    return misses.sum();
  }
}
