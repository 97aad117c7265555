package io.modelplane.ui;

import java.util.List;

/**
 * What the layout around every page needs: who is signed in, the tenants they can switch between
 * and the one they are in (if any).
 */
public record Shell(
    String userName, List<String> tenants, String currentTenant, boolean platformAdmin) {}
