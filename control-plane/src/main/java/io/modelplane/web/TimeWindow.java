package io.modelplane.web;

import io.modelplane.kernel.error.InvalidInputException;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * A [from, to) window from {@code from}/{@code to} query parameters (ISO-8601 instants): {@code to}
 * defaults to now, {@code from} to {@code to} minus a default length; at most 31 days long.
 */
public record TimeWindow(Instant from, Instant to) {

  public static final Duration LONGEST = Duration.ofDays(31);

  public static TimeWindow parse(String from, String to, Instant now, Duration defaultLength) {
    return parse(from, to, now, defaultLength, LONGEST);
  }

  /** The same with another longest window (reports cover up to a year). */
  public static TimeWindow parse(
      String from, String to, Instant now, Duration defaultLength, Duration longest) {
    Instant end = instant("to", to, now);
    Instant start = instant("from", from, end.minus(defaultLength));
    if (!start.isBefore(end)) {
      throw new InvalidInputException("from", "must be before to");
    }
    if (Duration.between(start, end).compareTo(longest) > 0) {
      throw new InvalidInputException(
          "from", "the window may span at most %d days".formatted(longest.toDays()));
    }
    return new TimeWindow(start, end);
  }

  private static Instant instant(String field, String value, Instant fallback) {
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      return Instant.parse(value);
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(
          field, "must be an ISO-8601 instant such as 2026-11-23T10:00:00Z");
    }
  }
}
