package io.modelplane.leader;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.RequestConfig;
import io.fabric8.kubernetes.client.RequestConfigBuilder;
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
  private volatile Listener listener;
  private CompletableFuture<?> election;
  private volatile long generation;
  private volatile boolean over;
  private boolean stopped;

  /**
   * The election gets its own view of the client: no retries and a request timeout of one retry
   * period, so a hanging API server cannot hold a renewal past the renew deadline (while the lease
   * runs out for the others) and the leader steps down in time.
   */
  KubernetesLease(KubernetesClient client, Settings settings) {
    RequestConfig requests =
        new RequestConfigBuilder(client.getConfiguration().getRequestConfig())
            .withRequestRetryBackoffLimit(0)
            .withRequestTimeout((int) Math.max(500, settings.retryPeriod().toMillis()))
            .build();
    this.client = client.newClient(requests).adapt(KubernetesClient.class);
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

  /**
   * Starts a new elector when the last one is over: it lost leadership, failed, or its future never
   * completes (fabric8 leaves it pending when releasing the lease fails, as it does while the API
   * server is unreachable).
   */
  @Override
  public void check() {
    CompletableFuture<?> previous;
    synchronized (this) {
      if (listener == null || stopped) {
        return;
      }
      if (election != null && !election.isDone() && !over) {
        return;
      }
      previous = election;
      elect();
    }
    if (previous != null) {
      // outside the monitor: cancelling runs fabric8's stopLeading, which takes the elector's lock
      previous.cancel(true);
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

  /**
   * Callbacks of an elector that has been replaced are ignored: a late "stopped leading" from the
   * old one must not demote a replica its successor made leader.
   */
  private void elect() {
    long term = ++generation;
    over = false;
    var callbacks =
        new LeaderCallbacks(
            () -> onCurrent(term, () -> listener.leading(true)),
            () -> onCurrent(term, this::ended),
            holder -> onCurrent(term, () -> listener.leaderIs(holder)));
    var config =
        new LeaderElectionConfigBuilder()
            .withName("modelplane-control-plane")
            .withLock(new LeaseLock(settings.namespace(), settings.name(), identity))
            .withLeaseDuration(settings.leaseDuration())
            .withRenewDeadline(settings.renewDeadline())
            .withRetryPeriod(settings.retryPeriod())
            .withReleaseOnCancel(true)
            .withLeaderCallbacks(callbacks)
            .build();
    election = client.leaderElector().withConfig(config).build().start();
    election.whenComplete(
        (ignored, failure) -> {
          if (failure != null && !stopped) {
            LOG.warnf("leader election ended: %s; competing again", failure.getMessage());
          }
          onCurrent(term, this::ended);
        });
  }

  /**
   * fabric8's elector does not compete again once leadership is lost; {@link #check} restarts it.
   */
  private void ended() {
    over = true;
    listener.leading(false);
  }

  private void onCurrent(long term, Runnable callback) {
    if (term == generation && listener != null) {
      callback.run();
    }
  }
}
