package io.modelplane.backend.kubernetes;

import io.fabric8.kubernetes.client.server.mock.KubernetesMixedDispatcher;
import io.fabric8.mockwebserver.ServerRequest;
import io.fabric8.mockwebserver.ServerResponse;
import io.fabric8.mockwebserver.http.Dispatcher;
import io.fabric8.mockwebserver.http.MockResponse;
import io.fabric8.mockwebserver.http.RecordedRequest;
import java.time.Duration;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The mock API server's CRUD dispatcher (with recorded expectations first, as fabric8's mixed mode
 * has them) behind a switch that makes it misbehave like a real API server under trouble: answer
 * 500, or do the work but answer too late. Counts writes, so tests can prove a pass wrote nothing.
 */
final class FaultInjectingDispatcher extends Dispatcher {

  private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

  private enum Fault {
    NONE,
    SERVER_ERROR,
    SLOW
  }

  private final KubernetesMixedDispatcher delegate;
  private final AtomicLong writes = new AtomicLong();
  private final AtomicInteger healthyRequestsLeft = new AtomicInteger();
  private volatile Fault fault = Fault.NONE;
  private volatile Duration delay = Duration.ZERO;

  FaultInjectingDispatcher(Map<ServerRequest, Queue<ServerResponse>> expectations) {
    this.delegate = new KubernetesMixedDispatcher(expectations);
  }

  /** Answers 500 to every request after the next {@code healthyRequests}. */
  void failAfter(int healthyRequests) {
    healthyRequestsLeft.set(healthyRequests);
    fault = Fault.SERVER_ERROR;
  }

  /** Handles every request but sends each answer only after {@code delay}. */
  void answerLate(Duration delay) {
    this.delay = delay;
    healthyRequestsLeft.set(0);
    fault = Fault.SLOW;
  }

  void heal() {
    fault = Fault.NONE;
  }

  long writes() {
    return writes.get();
  }

  @Override
  public MockResponse dispatch(RecordedRequest request) {
    Fault current =
        healthyRequestsLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0 ? Fault.NONE : fault;
    if (current == Fault.SERVER_ERROR) {
      return new MockResponse()
          .setResponseCode(500)
          .setBody(
              "{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"status\":\"Failure\","
                  + "\"message\":\"etcdserver: request timed out\",\"code\":500}");
    }
    if (WRITES.contains(request.getMethod())) {
      writes.incrementAndGet();
    }
    MockResponse response = delegate.dispatch(request);
    return current == Fault.SLOW ? response.setBodyDelay(delay) : response;
  }
}
