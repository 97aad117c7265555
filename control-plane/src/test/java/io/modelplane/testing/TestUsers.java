package io.modelplane.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.arc.Arc;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/** Extra Keycloak users a test needs, created through the admin API (password = user name). */
public final class TestUsers {

  private TestUsers() {}

  public static String create(List<String> groups) {
    String name = "u-" + UUID.randomUUID().toString().substring(0, 8);
    UserRepresentation user = new UserRepresentation();
    user.setUsername(name);
    user.setEnabled(true);
    user.setEmail(name + "@example.com");
    user.setEmailVerified(true);
    user.setFirstName("Test");
    user.setLastName("User");
    user.setGroups(groups);
    CredentialRepresentation password = new CredentialRepresentation();
    password.setType(CredentialRepresentation.PASSWORD);
    password.setValue(name);
    password.setTemporary(false);
    user.setCredentials(List.of(password));
    String realm = ConfigProvider.getConfig().getValue("modelplane.keycloak.realm", String.class);
    Keycloak keycloak = Arc.container().instance(Keycloak.class).get();
    try (Response r = keycloak.realm(realm).users().create(user)) {
      assertThat(r.getStatus()).isEqualTo(201);
    }
    return name;
  }
}
