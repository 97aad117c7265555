package io.modelplane.leader;

import io.agroal.api.AgroalDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.jboss.logging.Logger;

/**
 * Leadership as a PostgreSQL session advisory lock held on one dedicated connection. The lock lives
 * with its session: a replica that dies or loses the database loses leadership, and another takes
 * it on its next check. The session carries the holder's identity as its {@code application_name},
 * so followers can say who leads; TCP keepalives make the server notice a vanished holder in
 * seconds rather than hours.
 */
final class AdvisoryLock implements LeaderLock {

  private static final Logger LOG = Logger.getLogger(AdvisoryLock.class);
  static final long LOCK_ID = 0x6d6f64656c4cL; // "modelL"

  private static final String HOLDER =
      "SELECT a.application_name FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid"
          + " WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 1"
          + " AND ((l.classid::bigint << 32) | l.objid::bigint) = "
          + LOCK_ID;

  private final AgroalDataSource dataSource;
  private String identity;
  private Listener listener;
  private Connection connection;
  private boolean leader;

  AdvisoryLock(AgroalDataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public String kind() {
    return "postgres-advisory-lock";
  }

  @Override
  public synchronized void start(String identity, Listener listener) {
    if (this.listener == null) {
      this.identity = identity;
      this.listener = listener;
      check();
    }
  }

  @Override
  public synchronized void check() {
    if (listener == null) {
      return;
    }
    try {
      if (connection == null || !connection.isValid(2)) {
        drop();
        connection = open();
      }
      if (!leader && tryLock()) {
        leader = true;
        listener.leading(true);
      }
      listener.leaderIs(leader ? identity : holder());
    } catch (SQLException e) {
      LOG.warnf("leadership check failed: %s", e.getMessage());
      drop();
      listener.leaderIs(null);
    }
  }

  @Override
  public synchronized void stop() {
    drop();
    listener = null;
  }

  private Connection open() throws SQLException {
    Connection c = dataSource.getConnection();
    c.setAutoCommit(true);
    try (PreparedStatement name =
            c.prepareStatement("SELECT set_config('application_name', ?, false)");
        Statement keepalive = c.createStatement()) {
      name.setString(1, identity);
      name.execute();
      keepalive.execute(
          "SET tcp_keepalives_idle = 10; SET tcp_keepalives_interval = 5;"
              + " SET tcp_keepalives_count = 3");
    }
    return c;
  }

  private boolean tryLock() throws SQLException {
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery("SELECT pg_try_advisory_lock(" + LOCK_ID + ")")) {
      rs.next();
      return rs.getBoolean(1);
    }
  }

  private String holder() throws SQLException {
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery(HOLDER)) {
      return rs.next() ? rs.getString(1) : null;
    }
  }

  /**
   * Releases the lock and hands the connection back to the pool clean; a broken one is evicted, and
   * its session (and so the lock) ends with it.
   */
  private void drop() {
    if (leader) {
      leader = false;
      listener.leading(false);
    }
    if (connection == null) {
      return;
    }
    try (Statement s = connection.createStatement()) {
      if (connection.isValid(2)) {
        s.execute(
            "SELECT pg_advisory_unlock_all(); RESET application_name; RESET tcp_keepalives_idle;"
                + " RESET tcp_keepalives_interval; RESET tcp_keepalives_count");
      }
    } catch (SQLException e) {
      LOG.debugf("could not clean the leadership connection: %s", e.getMessage());
    } finally {
      close();
    }
  }

  private void close() {
    try {
      connection.close();
    } catch (SQLException ignored) {
      // evicted below
    }
    connection = null;
    dataSource.flush(AgroalDataSource.FlushMode.INVALID);
  }
}
