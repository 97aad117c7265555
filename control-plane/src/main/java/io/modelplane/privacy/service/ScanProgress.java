package io.modelplane.privacy.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** A running scan's progress, written at most once a second so reporting never slows the scan. */
final class ScanProgress {

  private static final Duration EVERY = Duration.ofSeconds(1);

  /** Stores a progress update of a scan. */
  @FunctionalInterface
  interface Writer {
    void write(double fraction, long records, long bytes);
  }

  private final Writer writer;
  private final Clock clock;
  private Instant last;

  ScanProgress(Writer writer, Clock clock) {
    this.writer = writer;
    this.clock = clock;
    this.last = clock.instant();
  }

  void report(double fraction, long records, long bytes) {
    Instant now = clock.instant();
    if (Duration.between(last, now).compareTo(EVERY) >= 0) {
      last = now;
      writer.write(Math.max(0, Math.min(0.99, fraction)), records, bytes);
    }
  }
}
