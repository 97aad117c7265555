package io.modelplane.bench.monitoring;

import io.modelplane.monitoring.latency.LatencySketch;
import io.modelplane.monitoring.latency.MinuteRecorder;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The gateway's latency recording on one core: a bare DDSketch update, the recorder's update as the
 * request path does it (map slot per revision and minute), and an exact reference that keeps every
 * value (what quantiles without a sketch would cost). Setup prints the sketch's p99/p99.9 error
 * against the exact order statistics of one million long-tailed latencies, and the encoded size.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 3)
public class LatencySketchBench {

  static final int N = 1_000_000;

  private double[] latencies;
  private final Instant minute = Instant.parse("2026-11-23T10:00:00Z");

  @Setup
  public void setUp() {
    Random random = new Random(5);
    latencies = new double[N];
    for (int i = 0; i < N; i++) {
      latencies[i] = Math.exp(Math.log(5) + 0.9 * random.nextGaussian());
    }
    LatencySketch sketch = LatencySketch.empty();
    for (double v : latencies) {
      sketch.record(v, false);
    }
    double[] sorted = latencies.clone();
    Arrays.sort(sorted);
    StringBuilder report = new StringBuilder("latency sketch vs exact over 1M values:");
    for (double q : new double[] {0.5, 0.99, 0.999}) {
      double exact = sorted[(int) Math.floor(q * (N - 1))];
      report.append(
          String.format(
              Locale.ROOT,
              " p%s rel. error %.4f%%;",
              q * 100,
              Math.abs(sketch.quantile(q) - exact) / exact * 100));
    }
    report.append(" encoded ").append(sketch.encode().length).append(" bytes");
    System.out.println(report);
  }

  @Benchmark
  @OperationsPerInvocation(N)
  public LatencySketch sketchRecord() {
    LatencySketch sketch = LatencySketch.empty();
    for (double v : latencies) {
      sketch.record(v, false);
    }
    return sketch;
  }

  @Benchmark
  @OperationsPerInvocation(N)
  public MinuteRecorder<Integer> recorderRecord() {
    MinuteRecorder<Integer> recorder = new MinuteRecorder<>();
    for (int i = 0; i < N; i++) {
      recorder.record(i & 1, minute, latencies[i], false);
    }
    return recorder;
  }

  /** Keeping every value and sorting once per read: the exact alternative. */
  @Benchmark
  @OperationsPerInvocation(N)
  public double exactKeepAndSort() {
    double[] kept = Arrays.copyOf(latencies, N);
    Arrays.sort(kept);
    return kept[(int) (0.99 * (N - 1))];
  }
}
