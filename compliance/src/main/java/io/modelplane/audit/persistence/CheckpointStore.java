package io.modelplane.audit.persistence;

import io.modelplane.audit.chain.UtcMicros;
import io.modelplane.audit.checkpoint.Checkpoint;
import io.modelplane.audit.checkpoint.CheckpointNote;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/** Signed checkpoints, one per tenant and tree size; rows are only ever inserted. */
@ApplicationScoped
public class CheckpointStore {

  private static final String COLUMNS =
      "id, tenant, tree_size, root_hash, origin, (extract(epoch FROM signed_at) * 1000000)::bigint,"
          + " key_id, signature, created_by";

  @Inject DataSource dataSource;

  /** Stores {@code c} unless its tenant has a checkpoint of that size already; the new id. */
  public Optional<Long> insert(Checkpoint c) {
    String sql =
        "INSERT INTO audit_checkpoint (tenant, tree_size, root_hash, origin, signed_at, key_id,"
            + " signature, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
            + " ON CONFLICT (tenant, tree_size) DO NOTHING RETURNING id";
    try (Connection conn = dataSource.getConnection();
        PreparedStatement s = conn.prepareStatement(sql)) {
      s.setString(1, c.tenant());
      s.setLong(2, c.treeSize());
      s.setBytes(3, c.rootHash());
      s.setString(4, c.note().origin());
      s.setObject(5, UtcMicros.toInstant(c.note().signedAtMicros()).atOffset(ZoneOffset.UTC));
      s.setString(6, c.keyId());
      s.setBytes(7, c.signature());
      s.setString(8, c.createdBy());
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot store the checkpoint", e);
    }
  }

  /** All of the tenant's checkpoints, smallest tree first. */
  public List<Checkpoint> all(String tenant) {
    return query("WHERE tenant = ? ORDER BY tree_size", tenant);
  }

  /** One page by id: {@code afterId} is the cursor; {@code limit} rows at most. */
  public List<Checkpoint> page(String tenant, long afterId, int limit) {
    return query("WHERE tenant = ? AND id > ? ORDER BY id LIMIT ?", tenant, afterId, limit);
  }

  public Optional<Checkpoint> byId(String tenant, long id) {
    return query("WHERE tenant = ? AND id = ?", tenant, id).stream().findFirst();
  }

  public Optional<Checkpoint> atSize(String tenant, long treeSize) {
    return query("WHERE tenant = ? AND tree_size = ?", tenant, treeSize).stream().findFirst();
  }

  public Optional<Checkpoint> latest(String tenant) {
    return query("WHERE tenant = ? ORDER BY tree_size DESC LIMIT 1", tenant).stream().findFirst();
  }

  /** Tenants whose log grew since its newest checkpoint (across tenants: owner function). */
  public List<String> logsToCheckpoint() {
    List<String> tenants = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement("SELECT tenant FROM audit_logs_to_checkpoint()");
        ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        tenants.add(rs.getString(1));
      }
      return tenants;
    } catch (SQLException e) {
      throw new IllegalStateException("cannot list the audit logs to checkpoint", e);
    }
  }

  private List<Checkpoint> query(String where, Object... args) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement("SELECT " + COLUMNS + " FROM audit_checkpoint " + where)) {
      for (int i = 0; i < args.length; i++) {
        s.setObject(i + 1, args[i]);
      }
      List<Checkpoint> out = new ArrayList<>();
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          out.add(
              new Checkpoint(
                  rs.getLong(1),
                  rs.getString(2),
                  new CheckpointNote(rs.getString(5), rs.getLong(3), rs.getBytes(4), rs.getLong(6)),
                  rs.getString(7),
                  rs.getBytes(8),
                  rs.getString(9)));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read checkpoints", e);
    }
  }
}
