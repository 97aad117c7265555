package io.modelplane.drift.api;

import io.modelplane.kernel.error.InvalidInputException;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The {@code step} of a drift timeline: an ISO-8601 duration ({@code PT15M}) or a short form
 * ({@code 15m}, {@code 1h}, {@code 1d}) of whole minutes; by default the smallest of 1m, 5m, 15m,
 * 1h, 6h, 1d that keeps the window to 60 steps. At most {@link #MAX_STEPS} steps, so one request's
 * work stays bounded.
 */
final class TimelineSteps {

  static final int MAX_STEPS = 500;
  private static final List<Duration> NICE =
      List.of(
          Duration.ofMinutes(1),
          Duration.ofMinutes(5),
          Duration.ofMinutes(15),
          Duration.ofHours(1),
          Duration.ofHours(6),
          Duration.ofDays(1));

  private TimelineSteps() {}

  static Duration parse(String value, Instant from, Instant to) {
    Duration span = Duration.between(from, to);
    if (value == null || value.isBlank()) {
      return NICE.stream().filter(s -> steps(span, s) <= 60).findFirst().orElse(NICE.getLast());
    }
    Duration step = duration(value.trim());
    if (step.isNegative() || step.isZero() || step.toSeconds() % 60 != 0 || step.getNano() != 0) {
      throw new InvalidInputException("step", "must be a positive whole number of minutes");
    }
    if (steps(span, step) > MAX_STEPS) {
      throw new InvalidInputException(
          "step", "gives more than " + MAX_STEPS + " steps over this window; choose a longer one");
    }
    return step;
  }

  /** Step edges from {@code from}; the last step ends at {@code to}. */
  static List<Instant> edges(Instant from, Instant to, Duration step) {
    List<Instant> edges = new ArrayList<>();
    for (Instant t = from; t.isBefore(to); t = t.plus(step)) {
      edges.add(t);
    }
    edges.add(to);
    return edges;
  }

  private static long steps(Duration span, Duration step) {
    return (span.toSeconds() + step.toSeconds() - 1) / step.toSeconds();
  }

  private static Duration duration(String value) {
    String v = value.toLowerCase(Locale.ROOT);
    try {
      if (v.matches("\\d{1,6}[mhd]")) {
        long n = Long.parseLong(v.substring(0, v.length() - 1));
        return switch (v.charAt(v.length() - 1)) {
          case 'm' -> Duration.ofMinutes(n);
          case 'h' -> Duration.ofHours(n);
          default -> Duration.ofDays(n);
        };
      }
      return Duration.parse(value);
    } catch (DateTimeParseException | ArithmeticException e) {
      throw new InvalidInputException(
          "step", "must be an ISO-8601 duration such as PT15M, or 15m, 1h, 1d");
    }
  }
}
