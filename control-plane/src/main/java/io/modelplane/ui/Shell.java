package io.modelplane.ui;

import io.modelplane.security.Caller;
import java.util.List;

/**
 * What the layout around every page needs: who is signed in, the tenants they can switch between
 * and the one they are in (if any).
 */
public record Shell(
    String userName, List<String> tenants, String currentTenant, boolean platformAdmin) {

  static Shell of(Caller caller, String currentTenant) {
    return new Shell(
        caller.name(),
        List.copyOf(caller.memberships().tenants()),
        currentTenant,
        caller.isPlatformAdmin());
  }
}
