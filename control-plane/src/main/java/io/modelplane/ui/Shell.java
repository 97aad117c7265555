package io.modelplane.ui;

import io.modelplane.security.Caller;
import io.modelplane.security.TenantRole;
import java.util.List;
import java.util.Set;

/**
 * What the layout around every page needs: who is signed in, the tenants they can switch between,
 * the one they are in (if any), whether they may read its audit log and reports (admins and
 * auditors: the navigation shows those pages only to them), and why their last form was refused (if
 * it was).
 */
public record Shell(
    String userName,
    List<String> tenants,
    String currentTenant,
    boolean platformAdmin,
    boolean auditReader,
    String error) {

  static Shell of(Caller caller, String currentTenant) {
    Set<TenantRole> roles =
        currentTenant == null ? Set.of() : caller.memberships().rolesIn(currentTenant);
    return new Shell(
        caller.name(),
        List.copyOf(caller.memberships().tenants()),
        currentTenant,
        caller.isPlatformAdmin(),
        roles.contains(TenantRole.ADMIN) || roles.contains(TenantRole.AUDITOR),
        null);
  }

  /** The same shell showing {@code message} (from a refused form) above the page. */
  Shell withError(String message) {
    boolean present = message != null && !message.isBlank();
    return new Shell(
        userName, tenants, currentTenant, platformAdmin, auditReader, present ? message : null);
  }
}
