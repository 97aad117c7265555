package io.modelplane.reconcile;

import io.agroal.api.AgroalDataSource;
import io.modelplane.backend.DeploymentKey;
import io.modelplane.deployment.service.DeploymentChanged;
import io.modelplane.leader.Leadership;
import io.modelplane.leader.LeadershipChanged;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Brings a change stored through any replica to the leader's reconciler at once, instead of at the
 * next resync: a follower's change transaction also sends a PostgreSQL {@code NOTIFY} (delivered
 * only if it commits), and the leader {@code LISTEN}s. On becoming leader it listens first and then
 * resyncs, so nothing that happened before is missed either.
 */
@ApplicationScoped
public class ChangeFeed {

  private static final Logger LOG = Logger.getLogger(ChangeFeed.class);
  static final String CHANNEL = "modelplane_deployment_changed";

  @Inject EntityManager em;
  @Inject AgroalDataSource dataSource;
  @Inject Leadership leadership;
  @Inject Reconciler reconciler;

  private volatile Thread listener;

  /** Inside the change's transaction: the notification leaves only with its commit. */
  void onChange(@Observes DeploymentChanged event) {
    if (leadership.isLeader()) {
      return; // this replica's own reconciler is triggered after the commit
    }
    em.createNativeQuery("SELECT 1 FROM pg_notify(?1, ?2)")
        .setParameter(1, CHANNEL)
        .setParameter(2, event.key().tenant() + "/" + event.key().deployment())
        .getSingleResult();
  }

  void onLeadership(@ObservesAsync LeadershipChanged event) {
    if (event.leading()) {
      startListening();
    } else {
      stopListening();
    }
  }

  /** Waits for the listening thread, so its connection is back before the pool closes. */
  void onStop(@Observes ShutdownEvent event) throws InterruptedException {
    Thread running = listener;
    stopListening();
    if (running != null) {
      running.join(Duration.ofSeconds(3));
    }
  }

  private synchronized void startListening() {
    if (listener == null) {
      listener = Thread.ofVirtual().name("change-feed").unstarted(this::listen);
      listener.start();
    }
  }

  /** The listening thread notices within a second and hands its connection back clean. */
  private synchronized void stopListening() {
    listener = null;
  }

  private void listen() {
    Thread self = Thread.currentThread();
    while (listener == self && leadership.isLeader()) {
      try (Connection c = dataSource.getConnection()) {
        c.setAutoCommit(true);
        try (Statement s = c.createStatement()) {
          s.execute("LISTEN " + CHANNEL);
        }
        LOG.debugf("listening on %s for changes stored by other replicas", CHANNEL);
        reconciler.resync();
        PGConnection pg = c.unwrap(PGConnection.class);
        while (listener == self && leadership.isLeader()) {
          PGNotification[] notes = pg.getNotifications(1000);
          for (PGNotification note : notes == null ? new PGNotification[0] : notes) {
            trigger(note.getParameter());
          }
        }
        try (Statement s = c.createStatement()) {
          s.execute("UNLISTEN *");
        }
      } catch (SQLException | RuntimeException e) {
        if (listener != self) {
          return;
        }
        LOG.warnf("change feed lost its connection (%s); listening again", e.getMessage());
        pause();
      }
    }
  }

  private void trigger(String payload) {
    int slash = payload.indexOf('/');
    if (slash > 0) {
      reconciler.trigger(
          new DeploymentKey(payload.substring(0, slash), payload.substring(slash + 1)));
    }
  }

  private static void pause() {
    try {
      Thread.sleep(1000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
