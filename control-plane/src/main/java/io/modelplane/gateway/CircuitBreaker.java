package io.modelplane.gateway;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * A replica's circuit breaker: after {@code threshold} failures in a row it opens and the replica
 * gets no requests for {@code openMillis}; then one trial request is let through (half-open), whose
 * outcome closes or re-opens it.
 */
public final class CircuitBreaker {

  private final int threshold;
  private final long openNanos;
  private final LongSupplier nanoClock;
  private final AtomicInteger consecutiveFailures = new AtomicInteger();
  private final AtomicLong openUntil = new AtomicLong(Long.MIN_VALUE);
  private final AtomicBoolean trialInFlight = new AtomicBoolean();

  public CircuitBreaker(int threshold, long openMillis, LongSupplier nanoClock) {
    this.threshold = threshold;
    this.openNanos = openMillis * 1_000_000;
    this.nanoClock = nanoClock;
  }

  /** Whether a request may go to the replica now (claims the half-open trial when it is due). */
  public boolean tryAcquire() {
    if (!isOpen()) {
      return true;
    }
    if (nanoClock.getAsLong() - openUntil.get() < 0) {
      return false;
    }
    return trialInFlight.compareAndSet(false, true);
  }

  /** Whether requests are refused right now (no trial claimed). */
  public boolean isOpen() {
    return consecutiveFailures.get() >= threshold;
  }

  public void onSuccess() {
    consecutiveFailures.set(0);
    trialInFlight.set(false);
  }

  public void onFailure() {
    int failures = consecutiveFailures.incrementAndGet();
    if (failures >= threshold) {
      openUntil.set(nanoClock.getAsLong() + openNanos);
      trialInFlight.set(false);
    }
  }
}
