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

  /** Whether the replica has failed {@code threshold} times in a row and not succeeded since. */
  public boolean isOpen() {
    return consecutiveFailures.get() >= threshold;
  }

  /**
   * Whether a request could go to the replica now, without claiming anything: closed, or open with
   * its trial due and not yet taken. Routing must count such a replica as available, or a revision
   * whose replicas all opened would never be picked again and so never get its trial.
   */
  public boolean admitsRequests() {
    return !isOpen() || (nanoClock.getAsLong() - openUntil.get() >= 0 && !trialInFlight.get());
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
