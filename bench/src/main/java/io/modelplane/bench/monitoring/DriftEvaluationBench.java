package io.modelplane.bench.monitoring;

import io.modelplane.monitoring.drift.ColumnDrift;
import io.modelplane.monitoring.drift.ColumnOptions;
import io.modelplane.monitoring.drift.DriftEvaluator;
import io.modelplane.monitoring.drift.DriftOptions;
import io.modelplane.monitoring.drift.DriftReport;
import io.modelplane.monitoring.drift.Statistic;
import io.modelplane.monitoring.profile.DatasetProfile;
import io.modelplane.monitoring.profile.ProfileCodec;
import io.modelplane.monitoring.profile.ProfileOptions;
import io.modelplane.monitoring.profile.Profiler;
import io.modelplane.monitoring.table.Column;
import io.modelplane.monitoring.table.NumericColumn;
import io.modelplane.monitoring.table.Table;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * Drift of a 1M-row window over 50 numeric columns against a 1M-row baseline, three ways in one
 * run: (1) the exact job — sort each window column, KS by walking sorted samples, PSI and JS over
 * exact quantile bins of the pre-sorted baseline; (2) profile the raw window, then evaluate KS, PSI
 * and JS from the profiles; (3) what a drift query costs when the window was profiled at ingest:
 * decode 60 per-minute profiles, merge, evaluate; (4) the same from an hourly rollup of those
 * minutes (one decode, evaluate). Setup prints the statistics' largest differences between (1) and
 * (2)/(3) and the profile sizes.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
public class DriftEvaluationBench {

  static final int COLUMNS = 50;
  static final int ROWS = 1_000_000;
  static final int MINUTES = 60;

  private double[][] window;
  private ExactDrift.Baseline[] exactBaselines;
  private DatasetProfile baseline;
  private Table windowTable;
  private List<byte[]> minuteProfiles;
  private byte[] hourRollup;
  private DriftOptions ks;
  private DriftOptions psi;
  private DriftOptions js;

  @Setup
  public void setUp() {
    List<Column> baseColumns = new ArrayList<>();
    List<Column> windowColumns = new ArrayList<>();
    window = new double[COLUMNS][];
    exactBaselines = new ExactDrift.Baseline[COLUMNS];
    for (int c = 0; c < COLUMNS; c++) {
      double[] b = BenchData.column(c, ROWS, 0, 1);
      window[c] = BenchData.column(c, ROWS, c % 5 == 0 ? 0.25 : 0, 2);
      exactBaselines[c] = ExactDrift.Baseline.of(b, ProfileOptions.defaults().bins());
      baseColumns.add(new NumericColumn("c" + c, b));
      windowColumns.add(new NumericColumn("c" + c, window[c]));
    }
    baseline =
        Profiler.baseline(new Table(ROWS, baseColumns, List.of()), ProfileOptions.defaults());
    windowTable = new Table(ROWS, windowColumns, List.of());
    minuteProfiles = minuteProfiles();
    hourRollup = mergeMinutes().toBytes();
    ks = allColumns(Statistic.KS);
    psi = allColumns(Statistic.PSI);
    js = allColumns(Statistic.JENSEN_SHANNON);
    printAccuracyAndSizes();
  }

  @Benchmark
  public void exactSortKsPsiJs(Blackhole bh) {
    for (int c = 0; c < COLUMNS; c++) {
      bh.consume(ExactDrift.compare(exactBaselines[c], window[c]));
    }
  }

  @Benchmark
  public void profileWindowThenEvaluate(Blackhole bh) {
    DatasetProfile w = Profiler.window(windowTable, baseline);
    bh.consume(evaluate(w));
  }

  @Benchmark
  public void mergeMinuteProfilesThenEvaluate(Blackhole bh) {
    bh.consume(evaluate(mergeMinutes()));
  }

  /** The same window kept as an hourly rollup (minutes merged by a background job): one decode. */
  @Benchmark
  public void hourRollupThenEvaluate(Blackhole bh) {
    bh.consume(evaluate(DatasetProfile.fromBytes(hourRollup)));
  }

  private DriftReport[] evaluate(DatasetProfile w) {
    return new DriftReport[] {
      DriftEvaluator.evaluate(baseline, w, ks),
      DriftEvaluator.evaluate(baseline, w, psi),
      DriftEvaluator.evaluate(baseline, w, js)
    };
  }

  private DatasetProfile mergeMinutes() {
    List<DatasetProfile> decoded = new ArrayList<>();
    for (int m = 1; m < MINUTES; m++) {
      decoded.add(DatasetProfile.fromBytes(minuteProfiles.get(m)));
    }
    return DatasetProfile.mergeAll(DatasetProfile.fromBytes(minuteProfiles.get(0)), decoded);
  }

  private List<byte[]> minuteProfiles() {
    List<byte[]> minutes = new ArrayList<>();
    int per = ROWS / MINUTES;
    for (int m = 0; m < MINUTES; m++) {
      int from = m * per;
      int to = m == MINUTES - 1 ? ROWS : from + per;
      List<Column> part = new ArrayList<>();
      for (int c = 0; c < COLUMNS; c++) {
        part.add(new NumericColumn("c" + c, Arrays.copyOfRange(window[c], from, to)));
      }
      minutes.add(Profiler.window(new Table(to - from, part, List.of()), baseline).toBytes());
    }
    return minutes;
  }

  private DriftOptions allColumns(Statistic statistic) {
    DriftOptions o = DriftOptions.defaults();
    for (int c = 0; c < COLUMNS; c++) {
      o = o.withColumn("c" + c, ColumnOptions.statistic(statistic));
    }
    return o;
  }

  private void printAccuracyAndSizes() {
    ExactDrift.Result[] exact = new ExactDrift.Result[COLUMNS];
    for (int c = 0; c < COLUMNS; c++) {
      exact[c] = ExactDrift.compare(exactBaselines[c], window[c]);
    }
    printDeltas("profiled window", evaluate(Profiler.window(windowTable, baseline)), exact);
    printDeltas("merged minute profiles", evaluate(mergeMinutes()), exact);
    int maxColumn =
        baseline.columns().stream().mapToInt(ProfileCodec::columnBytes).max().orElseThrow();
    int minute = minuteProfiles.stream().mapToInt(b -> b.length).max().orElseThrow();
    System.out.printf(
        Locale.ROOT,
        "%nprofile sizes: baseline column (1M rows) max %d bytes; whole"
            + " baseline %d bytes; one minute of 50 columns max %d bytes%n",
        maxColumn,
        baseline.toBytes().length,
        minute);
  }

  private static void printDeltas(String label, DriftReport[] r, ExactDrift.Result[] exact) {
    double dKs = 0;
    double dPsi = 0;
    double dJs = 0;
    int drifted = 0;
    for (int c = 0; c < COLUMNS; c++) {
      ColumnDrift k = r[0].columns().get(c);
      dKs = Math.max(dKs, Math.abs(k.value() - exact[c].ks()));
      dPsi = Math.max(dPsi, Math.abs(r[1].columns().get(c).value() - exact[c].psi()));
      dJs = Math.max(dJs, Math.abs(r[2].columns().get(c).value() - exact[c].js()));
      drifted += r[1].columns().get(c).drifted() ? 1 : 0;
    }
    System.out.printf(
        Locale.ROOT,
        "%n%s vs exact over %d columns: max |dKS D| %.5f, max |dPSI| %.5f,"
            + " max |dJS| %.5f (PSI flags %d columns)%n",
        label,
        COLUMNS,
        dKs,
        dPsi,
        dJs,
        drifted);
  }
}
