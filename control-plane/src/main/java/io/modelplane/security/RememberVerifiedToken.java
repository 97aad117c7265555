package io.modelplane.security;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** After a bearer token was verified, hands the identity to {@link VerifiedTokens}. */
@ApplicationScoped
public class RememberVerifiedToken implements SecurityIdentityAugmentor {

  @Inject VerifiedTokens tokens;

  @Override
  public Uni<SecurityIdentity> augment(
      SecurityIdentity identity, AuthenticationRequestContext context) {
    tokens.remember(identity);
    return Uni.createFrom().item(identity);
  }

  /** Last, so what is remembered is the fully augmented identity. */
  @Override
  public int priority() {
    return Integer.MIN_VALUE;
  }
}
