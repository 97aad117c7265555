package io.modelplane.audit.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.postgresql.PGStatement;

/** Statements that stream many audit rows. */
public final class Cursors {

  static final int FETCH = 10_000;

  private Cursors() {}

  /**
   * A forward-only cursor fetching {@value #FETCH} rows at a time (inside a transaction), in
   * PostgreSQL's binary format: hashes arrive as raw bytes and numbers as fixed-width integers
   * rather than hex and decimal text that both sides would have to encode and parse.
   */
  public static PreparedStatement forwardOnly(Connection c, String sql) throws SQLException {
    PreparedStatement s = c.prepareStatement(sql);
    if (s.isWrapperFor(PGStatement.class)) {
      s.unwrap(PGStatement.class).setPrepareThreshold(-1);
    }
    s.setFetchSize(FETCH);
    return s;
  }
}
