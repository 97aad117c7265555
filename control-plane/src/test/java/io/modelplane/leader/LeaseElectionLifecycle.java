package io.modelplane.leader;

import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.coordination.v1.Lease;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Drives the Kubernetes Lease election through everything it does in a cluster, for tests that need
 * its API calls (the chart's RBAC test): two replicas compete, the first takes the lease and renews
 * it, the second finds it held, the first hands over by releasing it, the second takes it and
 * finally releases it too.
 */
public final class LeaseElectionLifecycle {

  private static final Duration WAIT = Duration.ofSeconds(20);

  private final KubernetesClient election;
  private final KubernetesClient observer;
  private final KubernetesLease.Settings settings;

  /**
   * @param election the client the replicas use (the one whose calls count)
   * @param observer a client for the test's own reads of the lease
   * @param namespace where the lease lives (the release namespace)
   */
  public LeaseElectionLifecycle(
      KubernetesClient election, KubernetesClient observer, String namespace) {
    this.election = election;
    this.observer = observer;
    this.settings =
        new KubernetesLease.Settings(
            "modelplane-leader",
            namespace,
            Duration.ofSeconds(2),
            Duration.ofMillis(1500),
            Duration.ofMillis(200));
  }

  public void run() {
    var first = new Replica("first");
    var second = new Replica("second");
    try {
      first.start();
      await().atMost(WAIT).untilTrue(first.leading);
      Lease taken = lease();
      await().atMost(WAIT).until(() -> renewedSince(taken));
      second.start();
      await().atMost(WAIT).until(() -> "first".equals(second.leader.get()));
      first.lock.stop();
      await().atMost(WAIT).untilTrue(second.leading);
      second.lock.stop();
      await().atMost(WAIT).until(() -> released(lease()));
    } finally {
      first.lock.stop();
      second.lock.stop();
    }
  }

  private Lease lease() {
    return observer
        .resources(Lease.class)
        .inNamespace(settings.namespace())
        .withName(settings.name())
        .get();
  }

  private boolean renewedSince(Lease taken) {
    return !lease().getSpec().getRenewTime().equals(taken.getSpec().getRenewTime());
  }

  /**
   * fabric8 releases a lease by keeping the holder and shortening the lease to one second, so the
   * next replica takes over at once.
   */
  private boolean released(Lease lease) {
    return lease.getSpec().getLeaseDurationSeconds() < settings.leaseDuration().toSeconds();
  }

  private final class Replica implements LeaderLock.Listener {
    final String identity;
    final KubernetesLease lock = new KubernetesLease(election, settings);
    final AtomicBoolean leading = new AtomicBoolean();
    final AtomicReference<String> leader = new AtomicReference<>();

    Replica(String identity) {
      this.identity = identity;
    }

    void start() {
      lock.start(identity, this);
    }

    @Override
    public void leading(boolean leading) {
      this.leading.set(leading);
    }

    @Override
    public void leaderIs(String identity) {
      leader.set(identity);
    }
  }
}
