package io.modelplane.bench.privacy;

import io.modelplane.privacy.report.Findings;
import io.modelplane.privacy.scan.DetectorSet;
import io.modelplane.privacy.scan.Matching;
import io.modelplane.privacy.source.DataFormat;
import io.modelplane.privacy.source.DataReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * PII scan throughput over a generated mixed CSV of {@code sizeMb} MiB held in memory (so the disk
 * is not measured): the scanner as privacy scans run it (prefilters skip detectors that cannot
 * match a cell) against running every detector's expression over every cell, plus parsing alone.
 * Both scanners find exactly the same entities (checked at setup). MiB/s = ops/s × sizeMb.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(
    value = 1,
    jvmArgs = {"-Xmx2g"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
public class PiiScanBench {

  @Param("64")
  public int sizeMb;

  private byte[] csv;
  private DetectorSet detectors;

  @Setup(Level.Trial)
  public void generate() throws IOException {
    Path file = Files.createTempFile("pii-bench-", ".csv");
    try {
      MixedCsv.write(file, (long) sizeMb << 20, 42);
      csv = Files.readAllBytes(file);
    } finally {
      Files.delete(file);
    }
    detectors = DetectorSet.standard();
    checkSameFindings();
  }

  @Benchmark
  public Map<String, Long> prefiltered() throws IOException {
    Findings findings = new Findings(detectors, 5);
    DataReader.read(DataFormat.CSV, new ByteArrayInputStream(csv), findings);
    return findings.totals();
  }

  @Benchmark
  public Map<String, Long> everyRegexOverEveryCell() throws IOException {
    return naiveTotals(csv);
  }

  @Benchmark
  public long parseOnly() throws IOException {
    long[] cells = {0};
    DataReader.read(DataFormat.CSV, new ByteArrayInputStream(csv), (l, v) -> cells[0]++);
    return cells[0];
  }

  private Map<String, Long> naiveTotals(byte[] data) throws IOException {
    Matching matching = detectors.newMatching();
    Map<String, Long> totals = new TreeMap<>();
    DataReader.read(
        DataFormat.CSV,
        new ByteArrayInputStream(data),
        (location, value) ->
            matching.findUnfiltered(
                value, (type, text, start, end) -> totals.merge(type.id(), 1L, Long::sum)));
    return totals;
  }

  /** Both scanners must do the same work; compared on the first 8 MiB (whole rows). */
  private void checkSameFindings() throws IOException {
    int end = Math.min(csv.length, 8 << 20);
    while (end < csv.length && csv[end - 1] != '\n') {
      end++;
    }
    byte[] prefix = java.util.Arrays.copyOf(csv, end);
    Findings findings = new Findings(detectors, 5);
    DataReader.read(DataFormat.CSV, new ByteArrayInputStream(prefix), findings);
    Map<String, Long> naive = naiveTotals(prefix);
    if (!findings.totals().equals(naive)) {
      throw new IllegalStateException(
          "scanners disagree: prefiltered " + findings.totals() + ", naive " + naive);
    }
    System.out.println("findings in the first " + (end >> 20) + " MiB: " + naive);
  }
}
