package io.modelplane.audit.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * The leaf hashes of a tenant's log, streamed in index order from the {@code (tenant, seq)} index
 * with a forward-only cursor. Call inside a transaction (the cursor needs one); row-level security
 * limits it to the current tenant.
 */
@ApplicationScoped
public class AuditLeaves {

  @Inject DataSource dataSource;

  /** Receives the leaves in order. */
  @FunctionalInterface
  public interface LeafSink {
    void accept(long index, byte[] leafHash);
  }

  /** The number of events in the tenant's log. */
  public long size(String tenant) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement("SELECT size FROM audit_head WHERE tenant = ?")) {
      s.setString(1, tenant);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? rs.getLong(1) : 0;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the size of the audit log", e);
    }
  }

  /** Streams leaves {@code [from, to)}; throws {@link BrokenLogException} when one is missing. */
  public void forEach(String tenant, long from, long to, LeafSink sink) {
    if (from >= to) {
      return;
    }
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            Cursors.forwardOnly(
                c,
                "SELECT seq, leaf_hash FROM audit_event"
                    + " WHERE tenant = ? AND seq >= ? AND seq < ? ORDER BY seq")) {
      s.setString(1, tenant);
      s.setLong(2, from);
      s.setLong(3, to);
      long expected = from;
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          long seq = rs.getLong(1);
          if (seq != expected) {
            throw new BrokenLogException(expected);
          }
          sink.accept(seq, rs.getBytes(2));
          expected++;
        }
      }
      if (expected != to) {
        throw new BrokenLogException(expected);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the audit log", e);
    }
  }
}
