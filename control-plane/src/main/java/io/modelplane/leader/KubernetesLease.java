package io.modelplane.leader;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.extended.leaderelection.LeaderCallbacks;
import io.fabric8.kubernetes.client.extended.leaderelection.LeaderElectionConfigBuilder;
import io.fabric8.kubernetes.client.extended.leaderelection.resourcelock.LeaseLock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.jboss.logging.Logger;

/**
 * Leadership as a {@code coordination.k8s.io/v1} Lease, renewed by fabric8's leader elector like
 * any Kubernetes controller. A leader that cannot renew within the renew deadline stops leading
 * before the lease expires for the others; a replica that stops cleanly releases the lease so a
 * follower takes over within a retry period. fabric8's elector ends for good once leadership is
 * lost, so a new one is started to compete again.
 */
final class KubernetesLease implements LeaderLock {

  private static final Logger LOG = Logger.getLogger(KubernetesLease.class);

  /** Lease name and namespace, and the timings of the Kubernetes leader-election contract. */
  record Settings(
      String name,
      String namespace,
      Duration leaseDuration,
      Duration renewDeadline,
      Duration retryPeriod) {}

  private final KubernetesClient client;
  private final Settings settings;
  private String identity;
  private Listener listener;
  private CompletableFuture<?> election;
  private boolean stopped;

  KubernetesLease(KubernetesClient client, Settings settings) {
    this.client = client;
    this.settings = settings;
  }

  @Override
  public String kind() {
    return "kubernetes-lease";
  }

  @Override
  public synchronized void start(String identity, Listener listener) {
    if (this.listener == null) {
      this.identity = identity;
      this.listener = listener;
      LOG.infof("competing for lease %s/%s as %s", settings.namespace(), settings.name(), identity);
      elect();
    }
  }

  /** Starts a new elector when the last one ended (leadership lost, or an unexpected failure). */
  @Override
  public synchronized void check() {
    if (listener != null && !stopped && (election == null || election.isDone())) {
      elect();
    }
  }

  @Override
  public void stop() {
    CompletableFuture<?> running;
    synchronized (this) {
      stopped = true;
      running = election;
    }
    if (running != null) {
      // cancelling runs fabric8's stopLeading: the lease is released when this replica holds it
      running.cancel(true);
    }
  }

  private void elect() {
    Listener to = listener;
    var config =
        new LeaderElectionConfigBuilder()
            .withName("modelplane-control-plane")
            .withLock(new LeaseLock(settings.namespace(), settings.name(), identity))
            .withLeaseDuration(settings.leaseDuration())
            .withRenewDeadline(settings.renewDeadline())
            .withRetryPeriod(settings.retryPeriod())
            .withReleaseOnCancel(true)
            .withLeaderCallbacks(
                new LeaderCallbacks(() -> to.leading(true), () -> to.leading(false), to::leaderIs))
            .build();
    election = client.leaderElector().withConfig(config).build().start();
    election.whenComplete(
        (ignored, failure) -> {
          to.leading(false);
          if (failure != null && !stopped) {
            LOG.warnf("leader election ended: %s; competing again", failure.getMessage());
          }
        });
  }
}
