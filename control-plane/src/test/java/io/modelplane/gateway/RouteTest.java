package io.modelplane.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class RouteTest {

  @Test
  void shouldSplitRequestsByWeight() {
    Route route = route(revision(1, 90, replica(true)), revision(2, 10, replica(true)));

    assertThat(route.pick(0.0).revision()).isEqualTo(1);
    assertThat(route.pick(0.899).revision()).isEqualTo(1);
    assertThat(route.pick(0.901).revision()).isEqualTo(2);
  }

  @Test
  void shouldGiveACanaryWithoutReadyReplicasShareToTheOthers() {
    Route route = route(revision(1, 90, replica(true)), revision(2, 10, replica(false)));

    assertThat(route.pick(0.95).revision()).isEqualTo(1);
    assertThat(route(revision(1, 100, replica(false))).pick(0.5)).isNull();
  }

  @Test
  void shouldPickTheLessLoadedReadyReplicaAndSkipTheExcludedOne() {
    ReplicaState busy = replica(true);
    ReplicaState idle = replica(true);
    busy.outstanding.set(5);
    RevisionRoute revision = revision(1, 100, busy, idle);

    assertThat(revision.pick(null)).isSameAs(idle);
    assertThat(revision.pick(idle)).isSameAs(busy);
    assertThat(revision(1, 100, replica(false)).pick(null)).isNull();
  }

  private static Route route(RevisionRoute... revisions) {
    return new Route(1, "acme", "d", 0, List.of(revisions));
  }

  private static RevisionRoute revision(int number, int weight, ReplicaState... replicas) {
    return new RevisionRoute(number, weight, "m", 1, List.of(replicas));
  }

  private static int port = 40000;

  private static ReplicaState replica(boolean ready) {
    ReplicaState state =
        new ReplicaState(
            "r" + port,
            URI.create("http://127.0.0.1:" + port++),
            new CircuitBreaker(5, 1000, System::nanoTime));
    state.ready = ready;
    return state;
  }
}
