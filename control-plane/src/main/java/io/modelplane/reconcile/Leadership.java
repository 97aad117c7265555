package io.modelplane.reconcile;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.jboss.logging.Logger;

/**
 * Which control-plane replica runs the reconciler and the rollout controller: the one holding a
 * PostgreSQL session advisory lock. The lock lives with its connection, so a replica that dies or
 * loses the database loses leadership at once and another takes it on its next attempt.
 */
@ApplicationScoped
public class Leadership {

  private static final Logger LOG = Logger.getLogger(Leadership.class);
  private static final long LOCK_ID = 0x6d6f64656c4cL; // "modelL"

  @Inject AgroalDataSource dataSource;

  private Connection connection;
  private volatile boolean leader;

  public boolean isLeader() {
    return leader;
  }

  @Scheduled(
      every = "${modelplane.leader.check:5s}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void tick() {
    check();
  }

  /** Tries to become (or checks it still is) the leader. */
  public synchronized boolean check() {
    try {
      if (connection == null || !connection.isValid(2)) {
        close();
        connection = dataSource.getConnection();
        connection.setAutoCommit(true);
      }
      if (leader) {
        return true;
      }
      try (Statement s = connection.createStatement();
          ResultSet rs = s.executeQuery("SELECT pg_try_advisory_lock(" + LOCK_ID + ")")) {
        rs.next();
        leader = rs.getBoolean(1);
      }
      if (leader) {
        LOG.info("this replica leads: it runs the reconciler and the rollout controller");
      }
    } catch (SQLException e) {
      LOG.warnf("leadership check failed: %s", e.getMessage());
      leader = false;
      close();
    }
    return leader;
  }

  void onStop(@Observes ShutdownEvent event) {
    close();
  }

  private synchronized void close() {
    leader = false;
    if (connection != null) {
      try {
        connection.close();
      } catch (SQLException ignored) {
        // the lock goes with the session
      }
      connection = null;
    }
  }
}
