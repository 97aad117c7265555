package io.modelplane.persistence;

import io.agroal.api.AgroalPoolInterceptor;
import io.modelplane.kernel.tenancy.TenantContext;
import io.quarkus.arc.Arc;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Tells PostgreSQL which tenant each pooled connection acts for, every time the application takes
 * one. Row-level-security policies compare against this value, so a query that forgets its tenant
 * filter still sees nothing of another tenant, and a connection without a tenant sees no
 * tenant-owned row at all.
 */
@ApplicationScoped
public class TenantConnectionInterceptor implements AgroalPoolInterceptor {

  static final String SETTING = "modelplane.tenant";

  @Override
  public void onConnectionAcquire(Connection connection) {
    try (PreparedStatement set = connection.prepareStatement("SELECT set_config(?, ?, false)")) {
      set.setString(1, SETTING);
      set.setString(2, currentTenant());
      set.execute();
    } catch (SQLException e) {
      throw new IllegalStateException("could not scope the connection to the current tenant", e);
    }
  }

  private static String currentTenant() {
    var requestContext = Arc.container().requestContext();
    if (!requestContext.isActive()) {
      return "";
    }
    return Arc.container().instance(TenantContext.class).get().tenant().orElse("");
  }
}
