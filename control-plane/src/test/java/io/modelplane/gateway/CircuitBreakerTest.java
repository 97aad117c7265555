package io.modelplane.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class CircuitBreakerTest {

  private final AtomicLong nanos = new AtomicLong();
  private final CircuitBreaker breaker = new CircuitBreaker(3, 1000, nanos::get);

  @Test
  void shouldOpenAfterConsecutiveFailuresAndLetOneTrialThroughLater() {
    breaker.onFailure();
    breaker.onFailure();
    assertThat(breaker.tryAcquire()).isTrue();
    breaker.onFailure();

    assertThat(breaker.isOpen()).isTrue();
    assertThat(breaker.tryAcquire()).isFalse();

    nanos.addAndGet(1_000_000_001L);
    assertThat(breaker.tryAcquire()).as("the half-open trial").isTrue();
    assertThat(breaker.tryAcquire()).as("only one trial at a time").isFalse();

    breaker.onSuccess();
    assertThat(breaker.isOpen()).isFalse();
    assertThat(breaker.tryAcquire()).isTrue();
  }

  @Test
  void shouldReopenWhenTheTrialFails() {
    for (int i = 0; i < 3; i++) {
      breaker.onFailure();
    }
    nanos.addAndGet(1_000_000_001L);
    assertThat(breaker.tryAcquire()).isTrue();

    breaker.onFailure();

    assertThat(breaker.tryAcquire()).isFalse();
  }

  @Test
  void shouldForgetFailuresAfterASuccess() {
    breaker.onFailure();
    breaker.onFailure();
    breaker.onSuccess();
    breaker.onFailure();

    assertThat(breaker.isOpen()).isFalse();
  }
}
