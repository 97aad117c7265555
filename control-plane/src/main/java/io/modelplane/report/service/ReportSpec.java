package io.modelplane.report.service;

import io.modelplane.kernel.error.InvalidInputException;
import io.modelplane.web.TimeWindow;
import java.time.Duration;
import java.time.Instant;

/** A checked report request: kind, format and a period of at most {@link #LONGEST}. */
public record ReportSpec(String kind, ReportFormat format, Instant from, Instant to) {

  public static final String AUDIT = "audit";

  /** A year and a day: a yearly review fits, with a leap day. */
  public static final Duration LONGEST = Duration.ofDays(366);

  /** Without {@code from}, the 30 days before {@code to}; without {@code to}, until now. */
  public static final Duration DEFAULT_LENGTH = Duration.ofDays(30);

  public static ReportSpec parse(String kind, String format, String from, String to, Instant now) {
    if (kind == null || kind.isBlank()) {
      throw new InvalidInputException("kind", "is required: audit");
    }
    if (!AUDIT.equals(kind.trim())) {
      throw new InvalidInputException("kind", "must be audit");
    }
    ReportFormat f = ReportFormat.parse(format, "format");
    TimeWindow window = TimeWindow.parse(from, to, now, DEFAULT_LENGTH, LONGEST);
    return new ReportSpec(AUDIT, f, window.from(), window.to());
  }
}
