package io.modelplane.backend;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * {@code modelplane_backend_calls_seconds{backend,operation,outcome}}: every apply, observe and
 * delete the reconciler makes, timed and counted by outcome. Its error share is the control plane's
 * reconcile-error signal; a leader that observes but never applies has stalled (the Helm chart's
 * alerts are built on both).
 */
public final class BackendMeter {

  private final MeterRegistry registry;
  private final String backend;

  public BackendMeter(MeterRegistry registry, String backend) {
    this.registry = registry;
    this.backend = backend;
  }

  /** Times {@code call}; a {@link RuntimeException} counts as an error and is rethrown. */
  public <T> T time(String operation, Supplier<T> call) {
    long start = System.nanoTime();
    String outcome = "error";
    try {
      T result = call.get();
      outcome = "success";
      return result;
    } finally {
      timer(operation, outcome).record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
    }
  }

  public void run(String operation, Runnable call) {
    time(
        operation,
        () -> {
          call.run();
          return null;
        });
  }

  private Timer timer(String operation, String outcome) {
    return Timer.builder("modelplane.backend.calls")
        .description("calls of the reconciler into a runtime backend")
        .tag("backend", backend)
        .tag("operation", operation)
        .tag("outcome", outcome)
        .register(registry);
  }
}
