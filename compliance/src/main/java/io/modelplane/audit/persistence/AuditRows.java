package io.modelplane.audit.persistence;

import io.modelplane.audit.chain.AuditRow;
import io.modelplane.audit.chain.ChainVerifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Streams every stored field of a tenant's events, in sequence order, through a {@link
 * ChainVerifier}: one forward-only cursor, one reused row object. Call inside a transaction.
 */
@ApplicationScoped
public class AuditRows {

  private static final String SELECT =
      "SELECT seq, leaf_hash, tenant, (extract(epoch FROM occurred_at) * 1000000)::bigint,"
          + " actor_subject, actor_name, client_id, roles, action, resource_type, resource_id,"
          + " outcome, status, request_id, source_address, details::text"
          + " FROM audit_event WHERE tenant = ? ORDER BY seq";

  @Inject DataSource dataSource;

  public void verify(String tenant, ChainVerifier verifier) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(SELECT)) {
      s.setFetchSize(AuditLeaves.FETCH);
      s.setString(1, tenant);
      AuditRow row = new AuditRow();
      boolean checking = true;
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          if (checking) {
            read(rs, row);
            checking = verifier.accept(row, rs.getBytes(2));
          } else {
            verifier.skip();
          }
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the audit log", e);
    }
  }

  private static void read(ResultSet rs, AuditRow row) throws SQLException {
    row.seq = rs.getLong(1);
    row.tenant = rs.getString(3);
    row.occurredAtMicros = rs.getLong(4);
    row.actorSubject = rs.getString(5);
    row.actorName = rs.getString(6);
    row.clientId = rs.getString(7);
    row.roles = rs.getString(8);
    row.action = rs.getString(9);
    row.resourceType = rs.getString(10);
    row.resourceId = rs.getString(11);
    row.outcome = rs.getString(12);
    row.status = rs.getInt(13);
    row.requestId = rs.getString(14);
    row.sourceAddress = rs.getString(15);
    row.details = rs.getString(16);
  }
}
