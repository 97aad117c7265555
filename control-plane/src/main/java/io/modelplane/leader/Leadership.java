package io.modelplane.leader;

import io.agroal.api.AgroalDataSource;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Objects;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Which control-plane replica runs the work that must happen once per cluster: the reconciler, the
 * rollout controller and every {@link LeaderOnly} job. Every replica serves the API and the
 * gateway; exactly one leads. With the Kubernetes backend leadership is a Lease in the control
 * plane's namespace, otherwise a PostgreSQL session advisory lock ({@code modelplane.leader.lock}
 * overrides the choice). Changes are announced as {@link LeadershipChanged} events.
 */
@ApplicationScoped
public class Leadership {

  private static final Logger LOG = Logger.getLogger(Leadership.class);

  @Inject LeaderSettings settings;
  @Inject Instance<AgroalDataSource> dataSource;
  @Inject Instance<KubernetesClient> kubernetes;
  @Inject Event<LeadershipChanged> changes;

  private LeaderLock lock;
  private volatile boolean leader;
  private volatile String leaderIdentity;

  /** Whether this replica leads now. Cheap: read it on every pass of a loop. */
  public boolean isLeader() {
    return leader;
  }

  /** Checks (and, with the advisory lock, tries) now; true when this replica leads. */
  public boolean check() {
    lock().check();
    return leader;
  }

  /** This replica's name in the election (pod name plus a random suffix by default). */
  public String identity() {
    return settings.identity();
  }

  /** The replica that leads, as far as this one knows. */
  public Optional<String> leaderIdentity() {
    return Optional.ofNullable(leaderIdentity);
  }

  /** {@code kubernetes-lease} or {@code postgres-advisory-lock}. */
  public String kind() {
    return lock().kind();
  }

  void onStart(@Observes StartupEvent event) {
    lock();
  }

  @Scheduled(
      every = "${modelplane.leader.check:5s}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void tick() {
    lock().check();
  }

  void onStop(@Observes ShutdownEvent event) {
    LeaderLock current;
    synchronized (this) {
      current = lock;
    }
    if (current != null) {
      current.stop();
    }
  }

  private synchronized LeaderLock lock() {
    if (lock == null) {
      lock =
          settings.useKubernetesLease()
              ? new KubernetesLease(kubernetes.get(), settings.lease(kubernetes.get()))
              : new AdvisoryLock(dataSource.get());
      lock.start(settings.identity(), new Listener());
    }
    return lock;
  }

  private final class Listener implements LeaderLock.Listener {

    @Override
    public void leading(boolean leading) {
      synchronized (this) {
        if (leader == leading) {
          return;
        }
        leader = leading;
        if (leading) {
          leaderIdentity = settings.identity();
        }
      }
      if (leading) {
        LOG.infof("%s leads: it runs the reconciler and the leader-only jobs", identity());
      } else {
        LOG.infof("%s no longer leads", identity());
      }
      changes.fireAsync(new LeadershipChanged(leading, identity()));
    }

    @Override
    public void leaderIs(String identity) {
      if (!Objects.equals(leaderIdentity, identity)) {
        leaderIdentity = identity;
        LOG.debugf("leader is now %s", identity);
      }
    }
  }
}
