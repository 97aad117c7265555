package io.modelplane.audit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.HdrHistogram.Histogram;

/**
 * A closed-loop load for the audit benches: {@code workers} virtual threads repeat one operation
 * for a fixed time; the result is operations per second and latency percentiles.
 */
final class LoadRun {

  /** One operation; {@code worker} and {@code i} let it vary what it touches. */
  @FunctionalInterface
  interface Op {
    void run(int worker, long i) throws Exception;
  }

  record Result(String name, long ops, double perSecond, double p50Ms, double p99Ms) {
    @Override
    public String toString() {
      return "%-52s %,9.0f ops/s   p50 %7.2f ms   p99 %7.2f ms   (%,d ops)"
          .formatted(name, perSecond, p50Ms, p99Ms, ops);
    }
  }

  private LoadRun() {}

  static Result run(String name, int workers, Duration duration, Op op) throws Exception {
    long deadline = System.nanoTime() + duration.toNanos();
    List<Histogram> histograms = new ArrayList<>();
    List<Thread> threads = new ArrayList<>();
    AtomicReference<Exception> failure = new AtomicReference<>();
    long start = System.nanoTime();
    for (int w = 0; w < workers; w++) {
      Histogram h = new Histogram(3_600_000_000L, 3);
      histograms.add(h);
      int worker = w;
      threads.add(
          Thread.ofVirtual()
              .start(
                  () -> {
                    try {
                      for (long i = 0; System.nanoTime() < deadline; i++) {
                        long t0 = System.nanoTime();
                        op.run(worker, i);
                        h.recordValue((System.nanoTime() - t0) / 1_000);
                      }
                    } catch (Exception e) {
                      failure.compareAndSet(null, e);
                    }
                  }));
    }
    for (Thread t : threads) {
      t.join();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    if (failure.get() != null) {
      throw failure.get();
    }
    Histogram all = new Histogram(3_600_000_000L, 3);
    histograms.forEach(all::add);
    return new Result(
        name,
        all.getTotalCount(),
        all.getTotalCount() / seconds,
        all.getValueAtPercentile(50) / 1000.0,
        all.getValueAtPercentile(99) / 1000.0);
  }
}
