package io.modelplane.bench.monitoring;

import io.modelplane.monitoring.profile.CategoricalProfile;
import io.modelplane.monitoring.profile.ColumnProfile;
import io.modelplane.monitoring.profile.DatasetProfile;
import io.modelplane.monitoring.profile.NumericProfile;
import io.modelplane.monitoring.profile.ProfileCodec;
import io.modelplane.monitoring.profile.ProfileOptions;
import io.modelplane.monitoring.profile.Profiler;
import io.modelplane.monitoring.table.Column;
import io.modelplane.monitoring.table.EmbeddingColumn;
import io.modelplane.monitoring.table.NumericColumn;
import io.modelplane.monitoring.table.Table;
import io.modelplane.monitoring.table.TextColumn;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Memory per column profile, each kind built from a million rows: the serialised size (what the
 * control plane stores) and the heap a decoded profile takes (measured without JOL: used heap after
 * GC, before and after decoding 200 copies, divided by 200). The benchmarks time encoding and
 * decoding a 4-column profile.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx3g")
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class ProfileSizeBench {

  static final int ROWS = 1_000_000;
  static final int COPIES = 200;

  private DatasetProfile profile;
  private byte[] bytes;

  @Setup
  public void setUp() {
    SplittableRandom r = new SplittableRandom(1);
    double[] lengths = new double[ROWS];
    for (int i = 0; i < ROWS; i++) {
      lengths[i] = 20 + r.nextInt(400);
    }
    float[] vectors = new float[50_000 * 384];
    for (int i = 0; i < vectors.length; i++) {
      vectors[i] = (float) r.nextGaussian();
    }
    List<Column> columns =
        List.of(
            new NumericColumn("numeric", BenchData.normal(ROWS, 1_000, 100, 2)),
            new TextColumn("text", lengths),
            new EmbeddingColumn("embedding_384", 384, vectors));
    profile = Profiler.baseline(new Table(ROWS, columns, List.of()), ProfileOptions.defaults());
    CategoricalProfile ids = CategoricalProfile.empty("categorical_1M_distinct", 256);
    for (int i = 0; i < ROWS; i++) {
      ids.add("customer-" + i, 1);
    }
    List<ColumnProfile> all = new ArrayList<>(profile.columns());
    all.add(ids);
    profile = new DatasetProfile(ROWS, all, List.of());
    bytes = profile.toBytes();
    for (ColumnProfile c : profile.columns()) {
      DatasetProfile one = new DatasetProfile(ROWS, List.of(c), List.of());
      System.out.printf(
          Locale.ROOT,
          "%n%-24s serialised %,9d bytes, heap %,9d bytes%n",
          c.name(),
          ProfileCodec.columnBytes(c),
          heapPerCopy(one.toBytes()));
    }
  }

  @Benchmark
  public byte[] encode() {
    return profile.toBytes();
  }

  @Benchmark
  public DatasetProfile decode() {
    return DatasetProfile.fromBytes(bytes);
  }

  private static long heapPerCopy(byte[] serialised) {
    Object[] keep = new Object[COPIES];
    long before = usedAfterGc();
    for (int i = 0; i < COPIES; i++) {
      ColumnProfile column = DatasetProfile.fromBytes(serialised).columns().get(0);
      if (column instanceof NumericProfile n) {
        n.cdf(); // a decoded sketch is read on first use: count it as in use
      }
      keep[i] = column;
    }
    long after = usedAfterGc();
    if (keep[COPIES - 1] == null) {
      throw new IllegalStateException();
    }
    return (after - before) / COPIES;
  }

  private static long usedAfterGc() {
    Runtime rt = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return rt.totalMemory() - rt.freeMemory();
  }
}
