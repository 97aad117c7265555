package io.modelplane.gateway;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.modelplane.backend.DeploymentKey;
import io.modelplane.monitoring.latency.LatencySketch;
import io.modelplane.monitoring.latency.LatencySummary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.HistogramIterationValue;

/**
 * Latency and outcome of every request the gateway forwarded, per deployment revision: as
 * Prometheus series ({@code modelplane_gateway_requests_seconds}) and as resettable windows the
 * rollout controller reads to judge a canary step against the stable revision.
 */
@ApplicationScoped
public class RevisionStats {

  @Inject MeterRegistry registry;

  private final Map<Key, AtomicReference<Window>> windows = new ConcurrentHashMap<>();
  private final Map<TimerKey, Timer> timers = new ConcurrentHashMap<>();

  record Key(DeploymentKey deployment, int revision) {}

  record TimerKey(DeploymentKey deployment, int revision, String outcome) {}

  /** What a window saw: request and error counts and the latency distribution. */
  public record Snapshot(
      long requests,
      long errors,
      double p50Millis,
      double p90Millis,
      double p95Millis,
      double p99Millis,
      double p999Millis) {
    public double errorRate() {
      return requests == 0 ? 0 : (double) errors / requests;
    }

    /** The percentiles and counts of a merged sketch (1% relative accuracy). */
    public static Snapshot of(LatencySketch s) {
      return new Snapshot(
          s.requests(),
          s.errors(),
          s.quantile(0.50),
          s.quantile(0.90),
          s.quantile(0.95),
          s.quantile(0.99),
          s.quantile(0.999));
    }

    /** The same in the monitors' terms, for the shared {@code Evaluator} (rate not known: 0). */
    public LatencySummary latency() {
      return new LatencySummary(
          requests, errors, p50Millis, p90Millis, p95Millis, p99Millis, p999Millis, 0, errorRate());
    }
  }

  static final class Window {
    final LongAdder requests = new LongAdder();
    final LongAdder errors = new LongAdder();
    final ConcurrentHistogram micros = new ConcurrentHistogram(60_000_000L, 2);
  }

  public void record(DeploymentKey deployment, int revision, long nanos, boolean error) {
    Window w = window(new Key(deployment, revision));
    w.requests.increment();
    if (error) {
      w.errors.increment();
    }
    w.micros.recordValue(Math.min(60_000_000L, Math.max(1, nanos / 1000)));
    timers
        .computeIfAbsent(
            new TimerKey(deployment, revision, error ? "error" : "success"),
            k ->
                Timer.builder("modelplane.gateway.requests")
                    .description("inference requests forwarded by the gateway")
                    .tag("tenant", k.deployment().tenant())
                    .tag("deployment", k.deployment().deployment())
                    .tag("revision", Integer.toString(k.revision()))
                    .tag("outcome", k.outcome())
                    .publishPercentileHistogram()
                    .minimumExpectedValue(Duration.ofMillis(1))
                    .maximumExpectedValue(Duration.ofSeconds(60))
                    .register(registry))
        .record(Duration.ofNanos(nanos));
  }

  public Snapshot snapshot(DeploymentKey deployment, int revision) {
    Window w = window(new Key(deployment, revision));
    long count = w.requests.sum();
    return new Snapshot(
        count,
        w.errors.sum(),
        percentile(w, count, 50),
        percentile(w, count, 90),
        percentile(w, count, 95),
        percentile(w, count, 99),
        percentile(w, count, 99.9));
  }

  /**
   * The revision's current window as a mergeable sketch, to be added to what other replicas
   * measured: every recorded latency (microsecond histogram values) and the error count.
   */
  public LatencySketch sketch(DeploymentKey deployment, int revision) {
    Window w = window(new Key(deployment, revision));
    LatencySketch sketch = LatencySketch.empty();
    for (HistogramIterationValue v : w.micros.recordedValues()) {
      sketch.recordMany(
          w.micros.highestEquivalentValue(v.getValueIteratedTo()) / 1000.0,
          v.getCountAtValueIteratedTo());
    }
    sketch.countErrors(w.errors.sum());
    return sketch;
  }

  private static double percentile(Window w, long count, double percentile) {
    return count == 0 ? 0 : w.micros.getValueAtPercentile(percentile) / 1000.0;
  }

  /** Starts a fresh window for the revision (a new canary step). */
  public void reset(DeploymentKey deployment, int revision) {
    windows
        .computeIfAbsent(new Key(deployment, revision), k -> new AtomicReference<>(new Window()))
        .set(new Window());
  }

  private Window window(Key key) {
    return windows.computeIfAbsent(key, k -> new AtomicReference<>(new Window())).get();
  }
}
