package io.modelplane.bench.monitoring;

import io.modelplane.monitoring.profile.NumericProfile;
import io.modelplane.monitoring.profile.ProfileOptions;
import io.modelplane.monitoring.table.ColumnKind;
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
 * Values per second one core folds into a numeric column profile (moments, exact frozen-bin counts,
 * KLL sketch; raw values are kept only for the first 10k). Each invocation profiles one chunk of
 * {@value #CHUNK} values into a fresh window profile, as the control plane does per sampled batch;
 * JMH's ops/s is values/s.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 3)
public class NumericProfileUpdateBench {

  static final int CHUNK = 1_000_000;

  private NumericProfile baseline;
  private double[] values;

  @Setup
  public void setUp() {
    baseline =
        NumericProfile.baseline(
            "x", ColumnKind.NUMERIC, BenchData.normal(200_000, 0, 1, 1), ProfileOptions.defaults());
    values = BenchData.normal(CHUNK, 0.2, 1.1, 2);
  }

  /** The table path: {@code addAll} over a column's primitive array. */
  @Benchmark
  @OperationsPerInvocation(CHUNK)
  public NumericProfile profileChunk() {
    NumericProfile p = baseline.emptyWindow();
    p.addAll(values);
    return p;
  }

  /** One value at a time, as a streaming caller would. */
  @Benchmark
  @OperationsPerInvocation(CHUNK)
  public NumericProfile profileOneByOne() {
    NumericProfile p = baseline.emptyWindow();
    for (double v : values) {
      p.add(v);
    }
    return p;
  }
}
