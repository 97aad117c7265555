package io.modelplane.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** How open breakers take replicas, and whole revisions, out of routing and bring them back. */
class BreakerRoutingTest {

  private final AtomicLong nanos = new AtomicLong();

  @Test
  void shouldRouteNothingToARevisionWhileAllItsReplicasAreOpen() {
    // Given the only replica failed 3 times (breaker: 3 failures, open 1 s)
    ReplicaState only = replica();
    fail(only, 3);

    // Then neither the revision nor the replica is picked
    Route route = route(only);
    assertThat(route.pick(0.5)).isNull();
    assertThat(route.revisions().getFirst().pick(null)).isNull();
  }

  @Test
  void shouldRouteOneTrialToARevisionWhoseOnlyReplicaIsDueForIt() {
    // Given the only replica's breaker opened and its open period has passed
    ReplicaState only = replica();
    fail(only, 3);
    nanos.addAndGet(1_000_000_001L);

    // When requests arrive
    Route route = route(only);
    RevisionRoute revision = route.pick(0.5);

    // Then the revision is picked and one trial goes to the replica, no second one meanwhile
    assertThat(revision).isNotNull();
    assertThat(revision.pick(null)).isSameAs(only);
    assertThat(route.pick(0.5)).as("trial in flight").isNull();
  }

  @Test
  void shouldServeNormallyAgainAfterASuccessfulTrial() {
    ReplicaState only = replica();
    fail(only, 3);
    nanos.addAndGet(1_000_000_001L);
    Route route = route(only);
    route.pick(0.5).pick(null);

    only.breaker.onSuccess();

    assertThat(route.pick(0.5).pick(null)).isSameAs(only);
    assertThat(route.pick(0.5).pick(null)).isSameAs(only);
  }

  @Test
  void shouldGiveAnOpenCanarysShareToTheStableRevision() {
    ReplicaState stable = replica();
    ReplicaState canary = replica();
    fail(canary, 3);

    Route route =
        new Route(
            1,
            "acme",
            "d",
            0,
            List.of(
                new RevisionRoute(1, 50, "m", 1, List.of(stable)),
                new RevisionRoute(2, 50, "m", 2, List.of(canary))));

    assertThat(route.pick(0.99).revision()).isEqualTo(1);
  }

  private static void fail(ReplicaState replica, int times) {
    for (int i = 0; i < times; i++) {
      replica.breaker.onFailure();
    }
  }

  private static Route route(ReplicaState... replicas) {
    return new Route(
        1, "acme", "d", 0, List.of(new RevisionRoute(1, 100, "m", 1, List.of(replicas))));
  }

  private static int port = 41000;

  private ReplicaState replica() {
    ReplicaState state =
        new ReplicaState(
            "r" + port,
            URI.create("http://127.0.0.1:" + port++),
            new CircuitBreaker(3, 1000, nanos::get));
    state.ready = true;
    return state;
  }
}
