package io.modelplane.security;

import io.modelplane.kernel.tenancy.Actor;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The authenticated caller of this request, as the rest of the application sees it. */
@RequestScoped
public class Caller {

  public static final String PLATFORM_ADMIN = "platform-admin";

  @Inject SecurityIdentity identity;

  private Memberships memberships;

  public boolean isAnonymous() {
    return identity.isAnonymous();
  }

  public boolean isPlatformAdmin() {
    return identity.hasRole(PLATFORM_ADMIN);
  }

  public Memberships memberships() {
    if (memberships == null) {
      memberships = Memberships.fromGroups(claimList("groups"));
    }
    return memberships;
  }

  public String subject() {
    return identity.isAnonymous()
        ? "anonymous"
        : jwt().map(JsonWebToken::getSubject).orElse(name());
  }

  public String name() {
    return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
  }

  /** The OAuth client of a service account (its user name is {@code service-account-<client>}). */
  public String clientId() {
    String name = name();
    return name.startsWith("service-account-") ? claimString("azp") : null;
  }

  public Actor actor(String tenant) {
    Set<String> roles =
        tenant == null
            ? identity.getRoles()
            : memberships().rolesIn(tenant).stream()
                .map(TenantRole::groupName)
                .collect(Collectors.toSet());
    return new Actor(subject(), name(), clientId(), roles);
  }

  private java.util.Optional<JsonWebToken> jwt() {
    return identity.getPrincipal() instanceof JsonWebToken t
        ? java.util.Optional.of(t)
        : java.util.Optional.empty();
  }

  private Collection<String> claimList(String claim) {
    return jwt().map(t -> t.<Object>getClaim(claim)).map(Caller::asStrings).orElse(List.of());
  }

  private String claimString(String claim) {
    return jwt().map(t -> t.<Object>getClaim(claim)).map(Object::toString).orElse(null);
  }

  private static Collection<String> asStrings(Object value) {
    if (value instanceof Collection<?> c) {
      return c.stream().map(Caller::unquote).toList();
    }
    return List.of();
  }

  private static String unquote(Object v) {
    String s = v.toString();
    return s.length() > 1 && s.startsWith("\"") && s.endsWith("\"")
        ? s.substring(1, s.length() - 1)
        : s;
  }
}
