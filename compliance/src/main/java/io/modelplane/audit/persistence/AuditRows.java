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
 * ChainVerifier}. Reading (JDBC, on the calling thread, which owns the transaction) and hashing (on
 * a second thread) overlap through a {@link VerifyPipeline}, so a million events cost the slower of
 * the two stages rather than their sum. Call inside a transaction.
 */
@ApplicationScoped
public class AuditRows {

  /** The query (public so benchmarks can time the bare scan). */
  public static final String SELECT =
      "SELECT seq, leaf_hash, tenant, (extract(epoch FROM occurred_at) * 1000000)::bigint,"
          + " actor_subject, actor_name, client_id, roles, action, resource_type, resource_id,"
          + " outcome, status, request_id, source_address, details::text"
          + " FROM audit_event WHERE tenant = ? ORDER BY seq";

  @Inject DataSource dataSource;

  public void verify(String tenant, ChainVerifier verifier) {
    VerifyPipeline pipeline = new VerifyPipeline(verifier);
    Thread checker = Thread.ofPlatform().name("audit-verify").start(pipeline::check);
    long skipped = 0;
    try {
      skipped = read(tenant, pipeline);
    } finally {
      try {
        pipeline.end();
        checker.join();
      } catch (InterruptedException e) {
        checker.interrupt();
        Thread.currentThread().interrupt();
      }
    }
    pipeline.rethrow();
    for (long i = 0; i < skipped; i++) {
      verifier.skip();
    }
  }

  /** Reads the rows into the pipeline; returns how many were only counted. */
  private long read(String tenant, VerifyPipeline pipeline) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = Cursors.forwardOnly(c, SELECT)) {
      s.setString(1, tenant);
      long skipped = 0;
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          if (pipeline.checking()) {
            fill(rs, pipeline.row());
            pipeline.next(rs.getBytes(2));
          } else {
            skipped++;
          }
        }
      }
      return skipped;
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the audit log", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while verifying the audit log", e);
    }
  }

  private static void fill(ResultSet rs, AuditRow row) throws SQLException {
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
