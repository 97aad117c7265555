package io.modelplane.kernel.tenancy;

import java.util.Set;

/**
 * Who is calling: a person or a CI service account.
 *
 * @param subject the token's {@code sub}
 * @param name the user name ({@code preferred_username})
 * @param clientId the OAuth client for service accounts, else {@code null}
 * @param roles tenant roles in the current tenant, or realm roles on platform endpoints
 */
public record Actor(String subject, String name, String clientId, Set<String> roles) {

  public static final Actor SYSTEM = new Actor("system", "system", null, Set.of());
}
