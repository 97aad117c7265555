package io.modelplane.audit;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
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

  /**
   * {@code machineCpuUsPerOp} is the CPU time the whole machine spent per operation (this JVM,
   * PostgreSQL, everything: /proc/stat, 10 ms ticks), {@code jvmCpuUsPerOp} this JVM's share and
   * {@code postgresCpuUsPerOp} the share of the machine's {@code postgres} processes.
   */
  record Result(
      String name,
      long ops,
      double perSecond,
      double p50Ms,
      double p99Ms,
      double machineCpuUsPerOp,
      double jvmCpuUsPerOp,
      double postgresCpuUsPerOp) {
    @Override
    public String toString() {
      return ("%-40s %,7.0f ops/s  p50 %6.2f ms  p99 %6.2f ms  (%,d ops)"
              + "  CPU/op %4.0f µs (JVM %4.0f, PostgreSQL %4.0f)")
          .formatted(
              name,
              perSecond,
              p50Ms,
              p99Ms,
              ops,
              machineCpuUsPerOp,
              jvmCpuUsPerOp,
              postgresCpuUsPerOp);
    }
  }

  private LoadRun() {}

  static Result run(String name, int workers, Duration duration, Op op) throws Exception {
    long deadline = System.nanoTime() + duration.toNanos();
    List<Histogram> histograms = new ArrayList<>();
    List<Thread> threads = new ArrayList<>();
    AtomicReference<Exception> failure = new AtomicReference<>();
    long start = System.nanoTime();
    long machineStart = machineBusyMicros();
    long jvmStart = jvmCpuMicros();
    long postgresStart = postgresCpuMicros();
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
    double machine = machineBusyMicros() - machineStart;
    double jvm = jvmCpuMicros() - jvmStart;
    double postgres = postgresCpuMicros() - postgresStart;
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
        all.getValueAtPercentile(99) / 1000.0,
        machine / all.getTotalCount(),
        jvm / all.getTotalCount(),
        postgres / all.getTotalCount());
  }

  /**
   * CPU time of the running {@code postgres} processes (Linux /proc; sessions that ended in between
   * are missed, so the pools' long-lived sessions are what this counts).
   */
  private static long postgresCpuMicros() {
    return ProcessHandle.allProcesses()
            .filter(p -> p.info().command().map(c -> c.endsWith("/postgres")).orElse(false))
            .mapToLong(p -> ticks(Path.of("/proc", Long.toString(p.pid()), "stat")))
            .sum()
        * 1_000_000
        / 100;
  }

  /** utime + stime of one process, in clock ticks (0 when it has gone). */
  private static long ticks(Path stat) {
    try {
      String s = Files.readString(stat);
      String[] f = s.substring(s.lastIndexOf(')') + 2).split(" ");
      return Long.parseLong(f[11]) + Long.parseLong(f[12]);
    } catch (IOException | RuntimeException e) {
      return 0;
    }
  }

  /** Busy CPU time of the whole machine so far (Linux /proc/stat; 0 elsewhere). */
  private static long machineBusyMicros() {
    try {
      String[] f = Files.readAllLines(Path.of("/proc/stat")).getFirst().trim().split("\\s+");
      long busy = 0;
      for (int i = 1; i <= 8 && i < f.length; i++) {
        if (i != 4 && i != 5) { // idle, iowait
          busy += Long.parseLong(f[i]);
        }
      }
      return busy * 1_000_000 / 100; // USER_HZ
    } catch (IOException | RuntimeException e) {
      return 0;
    }
  }

  private static long jvmCpuMicros() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
            .getProcessCpuTime()
        / 1_000;
  }
}
