package io.modelplane.gateway;

import java.net.URI;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The gateway's view of one runner replica: where it is, whether the backend reports it ready, how
 * many requests are in flight to it (for least-outstanding picking) and its circuit breaker. The
 * same object lives on while the replica does, across routing updates.
 */
public final class ReplicaState {

  final String id;
  final URI baseUri;
  final CircuitBreaker breaker;
  final AtomicInteger outstanding = new AtomicInteger();
  volatile boolean ready;

  ReplicaState(String id, URI baseUri, CircuitBreaker breaker) {
    this.id = id;
    this.baseUri = baseUri;
    this.breaker = breaker;
  }

  public String id() {
    return id;
  }

  public URI baseUri() {
    return baseUri;
  }

  public boolean ready() {
    return ready;
  }

  public int outstanding() {
    return outstanding.get();
  }
}
