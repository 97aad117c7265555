package io.modelplane.persistence;

import io.agroal.api.AgroalPoolInterceptor;
import io.modelplane.audit.service.DurableByAudit;
import io.modelplane.kernel.tenancy.TenantContext;
import io.quarkus.arc.Arc;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.postgresql.PGConnection;

/**
 * Tells PostgreSQL which tenant each pooled connection acts for, every time the application takes
 * one. Row-level-security policies compare against this value, so a query that forgets its tenant
 * filter still sees nothing of another tenant, and a connection without a tenant sees no
 * tenant-owned row at all.
 *
 * <p>A connection taken by an audited call whose event will make its writes durable ({@link
 * DurableByAudit}) commits without waiting for the disk; taken for anything else, it commits in the
 * mode the server gave it when it was opened. The mode is set on every acquisition, so a setting
 * undone by a rolled-back transaction is set again the next time.
 */
@ApplicationScoped
public class TenantConnectionInterceptor implements AgroalPoolInterceptor {

  static final String SETTING = "modelplane.tenant";

  private static final String SCOPE =
      "SELECT set_config(?, ?, false), set_config('synchronous_commit', ?, false)";

  /** Each open physical connection's own commit mode, as the server set it when it opened. */
  private final Map<Object, String> commitModes = new ConcurrentHashMap<>();

  @Override
  public void onConnectionCreate(Connection connection) {
    try (Statement show = connection.createStatement();
        ResultSet rs = show.executeQuery("SHOW synchronous_commit")) {
      rs.next();
      commitModes.put(connection.unwrap(PGConnection.class), rs.getString(1));
    } catch (SQLException e) {
      throw new IllegalStateException("could not read the connection's commit mode", e);
    }
  }

  @Override
  public void onConnectionDestroy(Connection connection) {
    try {
      commitModes.remove(connection.unwrap(PGConnection.class));
    } catch (SQLException e) {
      // nothing to forget
    }
  }

  @Override
  public void onConnectionAcquire(Connection connection) {
    boolean inRequest = Arc.container().requestContext().isActive();
    String tenant =
        inRequest ? Arc.container().instance(TenantContext.class).get().tenant().orElse("") : "";
    boolean durableByAudit =
        inRequest && Arc.container().instance(DurableByAudit.class).get().active();
    try (PreparedStatement set = connection.prepareStatement(SCOPE)) {
      set.setString(1, SETTING);
      set.setString(2, tenant);
      set.setString(
          3,
          durableByAudit
              ? "off"
              : commitModes.getOrDefault(connection.unwrap(PGConnection.class), "on"));
      set.execute();
    } catch (SQLException e) {
      throw new IllegalStateException("could not scope the connection to the current tenant", e);
    }
  }
}
