package io.modelplane.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.modelplane.gateway.StubRunner.Behaviour;
import io.modelplane.latency.service.LatencyRecorder;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The gateway's failure handling against real HTTP servers standing in for runner replicas, in a
 * route built directly: retry on another replica, the request timeout, and the per-replica breaker
 * (its clock is the test's, so nothing waits for an open period to pass).
 */
class GatewayFailoverTest {

  private static final Buffer BODY =
      Buffer.buffer("{\"inputs\":[{\"name\":\"input\",\"shape\":[1,1],\"datatype\":\"FP32\"}]}");

  private final AtomicLong nanos = new AtomicLong();
  private Vertx vertx;
  private Context eventLoop;
  private Gateway gateway;

  @BeforeEach
  void gateway() {
    vertx = Vertx.vertx();
    eventLoop = vertx.getOrCreateContext();
    RevisionStats stats = new RevisionStats();
    stats.registry = new SimpleMeterRegistry();
    gateway = new Gateway();
    gateway.vertx = vertx;
    gateway.stats = stats;
    gateway.sampler = new PayloadSampler();
    gateway.latency =
        new LatencyRecorder() {
          @Override
          public void record(
              String tenant, long deploymentId, int revision, long nanos, boolean error) {
            // the latency store is the database's business; not under test here
          }
        };
    // generous, so a loaded machine never turns an answer into a timeout; the silent cases shorten
    // it
    gateway.timeoutMillis = 10_000;
    gateway.poolSize = 4;
    gateway.start();
  }

  @AfterEach
  void stopVertx() throws Exception {
    vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
  }

  @Test
  void shouldAnswerFromTheSecondReplicaWhenTheFirstRefusesTheConnection() {
    try (StubRunner runner = StubRunner.start(vertx, Behaviour.ANSWER)) {
      // Given two ready replicas, the refusing one less loaded so it is tried first
      ReplicaState refusing = replica("refusing", StubRunner.refusingUri(), 1);
      ReplicaState answering = replica("answering", runner.uri(), 1);
      answering.outstanding.set(1);

      // When a request comes in
      Gateway.Answer answer = infer(route(refusing, answering));

      // Then the second replica answered it, and the first one's breaker counted the failure
      assertThat(answer.status()).isEqualTo(200);
      assertThat(answer.replica()).isEqualTo("answering");
      assertThat(answer.body().toString()).contains("\"model_version\":\"1\"");
      assertThat(runner.received()).isEqualTo(1);
      assertThat(refusing.breaker.isOpen()).isTrue();
    }
  }

  @Test
  void shouldEndARequestTheReplicaDoesNotAnswerAndCountItAgainstTheReplicasBreaker() {
    try (StubRunner silent = StubRunner.start(vertx, Behaviour.SILENT)) {
      // Given the only replica takes requests and never answers; its breaker opens at 1 failure
      gateway.timeoutMillis = 300;
      Route route = route(replica("silent", silent.uri(), 1));

      // When a request comes in, the gateway gives up on it after its timeout
      Gateway.Answer timedOut = infer(route);

      // Then the client gets the gateway's own error, and the next request is refused by the
      // open breaker without reaching the replica
      assertThat(timedOut.status()).isGreaterThanOrEqualTo(502);
      assertThat(timedOut.body()).as("the gateway's own problem, not a runner body").isNull();
      Gateway.Answer refused = infer(route);
      assertThat(refused.status()).isEqualTo(503);
      assertThat(refused.replica()).isNull();
      assertThat(silent.received()).isEqualTo(1);
    }
  }

  @Test
  void shouldAnswer504WithoutRetryingARequestTheReplicaDidNotAnswerInTime() {
    try (StubRunner silent = StubRunner.start(vertx, Behaviour.SILENT);
        StubRunner answering = StubRunner.start(vertx, Behaviour.ANSWER)) {
      // Given the silent replica is tried first
      gateway.timeoutMillis = 300;
      ReplicaState slow = replica("silent", silent.uri(), 5);
      ReplicaState other = replica("other", answering.uri(), 5);
      other.outstanding.set(1);

      // When its request times out
      Gateway.Answer answer = infer(route(slow, other));

      // Then it is not sent again (the runner may still be computing it): 504 from the gateway
      assertThat(answer.status()).isEqualTo(504);
      assertThat(answer.body()).isNull();
      assertThat(answering.received()).isZero();
    }
  }

  @Test
  void shouldSendATrialRequestOnceTheOnlyReplicasBreakerHasBeenOpenForItsPeriod() {
    try (StubRunner runner = StubRunner.start(vertx, Behaviour.FAIL)) {
      // Given the only replica failed twice and its breaker (2 failures, open 1 s) opened
      ReplicaState only =
          replica("only", runner.uri(), new CircuitBreaker(2, 1000, nanos::get), true);
      Route route = route(only);
      assertThat(infer(route).status()).isEqualTo(500);
      assertThat(infer(route).status()).isEqualTo(500);
      assertThat(infer(route).status()).as("refused while open").isEqualTo(503);

      // When the runner recovers and the open period has passed
      runner.behave(Behaviour.ANSWER);
      nanos.addAndGet(Duration.ofMillis(1001).toNanos());

      // Then the trial request reaches it, succeeds and closes the breaker
      assertThat(infer(route).status()).isEqualTo(200);
      assertThat(infer(route).status()).isEqualTo(200);
      assertThat(runner.received()).isEqualTo(4);
    }
  }

  @Test
  void shouldPassTheRunnersOwnErrorThroughWithoutRetryingIt() {
    try (StubRunner failing = StubRunner.start(vertx, Behaviour.FAIL);
        StubRunner answering = StubRunner.start(vertx, Behaviour.ANSWER)) {
      // Given the failing replica is tried first
      ReplicaState first = replica("failing", failing.uri(), 5);
      ReplicaState second = replica("answering", answering.uri(), 5);
      second.outstanding.set(1);

      // When it answers 500 (it did act on the request)
      Gateway.Answer answer = infer(route(first, second));

      // Then the client gets that answer and nothing is re-sent
      assertThat(answer.status()).isEqualTo(500);
      assertThat(answer.body().toString()).contains("inference failed");
      assertThat(answering.received()).isZero();
    }
  }

  /** Calls the gateway from an event loop, as the non-blocking infer endpoint does. */
  private Gateway.Answer infer(Route route) {
    CompletableFuture<Gateway.Answer> answer = new CompletableFuture<>();
    eventLoop.runOnContext(
        v ->
            gateway
                .infer(route, BODY)
                .subscribe()
                .with(answer::complete, answer::completeExceptionally));
    try {
      return answer.get(30, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new AssertionError("the gateway gave no answer: " + e, e);
    }
  }

  private static Route route(ReplicaState... replicas) {
    return new Route(
        1, "acme", "d", 0, List.of(new RevisionRoute(1, 100, "m", 1, List.of(replicas))));
  }

  private ReplicaState replica(String id, URI uri, int breakerFailures) {
    return replica(id, uri, new CircuitBreaker(breakerFailures, 60_000, nanos::get), true);
  }

  private static ReplicaState replica(String id, URI uri, CircuitBreaker breaker, boolean ready) {
    ReplicaState state = new ReplicaState(id, uri, breaker);
    state.ready = ready;
    return state;
  }
}
