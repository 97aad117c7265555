package io.modelplane.reconcile;

import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.coordination.v1.Lease;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.modelplane.leader.Leadership;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/**
 * Keeps the application a follower while a bench writes its desired state, the way another replica
 * would: the bench takes the leader Lease on the mock API server (another holder, renewed now,
 * valid for an hour). The application's elector then fails its next renewal and steps down: its
 * reconciler only refreshes routes and applies nothing. Releasing the Lease (no holder) lets the
 * application's elector take it again, and the new leader resyncs every deployment, as after a
 * failover.
 */
final class LeaseHold {

  private static final String NAME = "modelplane-leader";
  private static final String HOLDER = "scale-bench";

  private final KubernetesClient kubernetes;
  private final Leadership leadership;

  LeaseHold(KubernetesClient kubernetes, Leadership leadership) {
    this.kubernetes = kubernetes;
    this.leadership = leadership;
  }

  /** Returns once the application no longer leads. */
  void take() {
    await()
        .atMost(Duration.ofMinutes(1))
        .pollInterval(Duration.ofMillis(200))
        .until(
            () -> {
              if (!HOLDER.equals(lease().getSpec().getHolderIdentity())) {
                write(HOLDER, 3600); // again if the application's renewal overwrote it
              }
              return !leadership.isLeader();
            });
  }

  /** Gives the Lease up; the application's elector takes it on its next try. */
  void release() {
    write("", 1);
  }

  private void write(String holder, int seconds) {
    ZonedDateTime now = ZonedDateTime.now(ZoneOffset.UTC);
    Lease lease = lease();
    kubernetes
        .resources(Lease.class)
        .inNamespace(lease.getMetadata().getNamespace())
        .withName(NAME)
        .edit(
            l -> {
              l.getSpec().setHolderIdentity(holder);
              l.getSpec().setLeaseDurationSeconds(seconds);
              l.getSpec().setAcquireTime(now);
              l.getSpec().setRenewTime(now);
              return l;
            });
  }

  private Lease lease() {
    return kubernetes.resources(Lease.class).inAnyNamespace().list().getItems().stream()
        .filter(l -> NAME.equals(l.getMetadata().getName()))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("no " + NAME + " Lease on the API server"));
  }
}
