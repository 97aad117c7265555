package io.modelplane.reconcile;

import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.coordination.v1.Lease;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
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
                write(HOLDER, 3600); // again if the application's renewal came first
              }
              return !leadership.isLeader();
            });
  }

  /** Gives the Lease up; the application's elector takes it on its next try. */
  void release() {
    await()
        .atMost(Duration.ofMinutes(1))
        .pollDelay(Duration.ZERO)
        .pollInterval(Duration.ofMillis(20))
        .until(() -> write("", 1));
  }

  /** False when a renewal by the application got in between (409): the caller tries again. */
  private boolean write(String holder, int seconds) {
    ZonedDateTime now = ZonedDateTime.now(ZoneOffset.UTC);
    Lease lease = lease();
    try {
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
      return true;
    } catch (KubernetesClientException e) {
      if (e.getCode() == 409) {
        return false;
      }
      throw e;
    }
  }

  private Lease lease() {
    return kubernetes.resources(Lease.class).inAnyNamespace().list().getItems().stream()
        .filter(l -> NAME.equals(l.getMetadata().getName()))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("no " + NAME + " Lease on the API server"));
  }
}
