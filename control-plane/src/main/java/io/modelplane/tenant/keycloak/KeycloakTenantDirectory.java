package io.modelplane.tenant.keycloak;

import io.modelplane.security.TenantRole;
import io.modelplane.tenant.service.TenantDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.GroupsResource;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.GroupRepresentation;

/** Keeps the tenant groups in Keycloak through its admin API (a service account of ours). */
@ApplicationScoped
public class KeycloakTenantDirectory implements TenantDirectory {

  private static final String ROOT = "tenants";

  @Inject Keycloak keycloak;

  @ConfigProperty(name = "modelplane.keycloak.realm")
  String realmName;

  @Override
  public void ensureTenantGroups(String slug) {
    try {
      ensureGroups(slug);
    } catch (WebApplicationException | ProcessingException e) {
      throw new IllegalStateException("Keycloak could not create the groups of tenant " + slug, e);
    }
  }

  private void ensureGroups(String slug) {
    RealmResource realm = keycloak.realm(realmName);
    String rootId = ensureTopLevel(realm, ROOT);
    String tenantId = ensureChild(realm, rootId, "/" + ROOT, slug);
    for (TenantRole role : TenantRole.values()) {
      ensureChild(realm, tenantId, "/" + ROOT + "/" + slug, role.groupName());
    }
  }

  private static String ensureTopLevel(RealmResource realm, String name) {
    return find(realm, "/" + name)
        .orElseGet(
            () -> {
              GroupRepresentation group = new GroupRepresentation();
              group.setName(name);
              try (Response r = realm.groups().add(group)) {
                return createdId(r, realm, "/" + name);
              }
            });
  }

  private static String ensureChild(
      RealmResource realm, String parentId, String parentPath, String name) {
    String path = parentPath + "/" + name;
    return find(realm, path)
        .orElseGet(
            () -> {
              GroupRepresentation group = new GroupRepresentation();
              group.setName(name);
              GroupsResource groups = realm.groups();
              try (Response r = groups.group(parentId).subGroup(group)) {
                return createdId(r, realm, path);
              }
            });
  }

  private static java.util.Optional<String> find(RealmResource realm, String path) {
    try {
      return java.util.Optional.of(realm.getGroupByPath(path).getId());
    } catch (WebApplicationException e) {
      if (e.getResponse().getStatus() == 404) {
        return java.util.Optional.empty();
      }
      throw e;
    }
  }

  /**
   * A concurrent creator may have won the race (409): then the group exists, which is all we need.
   */
  private static String createdId(Response r, RealmResource realm, String path) {
    if (r.getStatus() != 201 && r.getStatus() != 409) {
      throw new IllegalStateException("Keycloak refused group " + path + ": HTTP " + r.getStatus());
    }
    return find(realm, path)
        .orElseThrow(() -> new IllegalStateException("group " + path + " vanished"));
  }
}
