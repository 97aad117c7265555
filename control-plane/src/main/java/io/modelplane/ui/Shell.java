package io.modelplane.ui;

import io.modelplane.security.Caller;
import java.util.List;

/**
 * What the layout around every page needs: who is signed in, the tenants they can switch between,
 * the one they are in (if any), and why their last form was refused (if it was).
 */
public record Shell(
    String userName,
    List<String> tenants,
    String currentTenant,
    boolean platformAdmin,
    String error) {

  static Shell of(Caller caller, String currentTenant) {
    return new Shell(
        caller.name(),
        List.copyOf(caller.memberships().tenants()),
        currentTenant,
        caller.isPlatformAdmin(),
        null);
  }

  /** The same shell showing {@code message} (from a refused form) above the page. */
  Shell withError(String message) {
    boolean present = message != null && !message.isBlank();
    return new Shell(userName, tenants, currentTenant, platformAdmin, present ? message : null);
  }
}
