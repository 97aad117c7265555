package io.modelplane.deployment.service;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations as people write them in deployment specs: {@code 30s}, {@code 5m}, {@code 1h}, or ISO.
 */
public final class Durations {

  public static final String PATTERN = "^(\\d{1,6})(ms|s|m|h)$|^P.*$";
  private static final Pattern SHORT = Pattern.compile("^(\\d{1,6})(ms|s|m|h)$");

  private Durations() {}

  /** Parses, or throws {@link IllegalArgumentException} with a readable message. */
  public static Duration parse(String text) {
    if (text == null || text.isBlank()) {
      return Duration.ZERO;
    }
    Matcher m = SHORT.matcher(text.trim());
    if (m.matches()) {
      long n = Long.parseLong(m.group(1));
      return switch (m.group(2)) {
        case "ms" -> Duration.ofMillis(n);
        case "s" -> Duration.ofSeconds(n);
        case "m" -> Duration.ofMinutes(n);
        default -> Duration.ofHours(n);
      };
    }
    try {
      return Duration.parse(text.trim());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("must be a duration such as 30s, 5m, 1h or PT30S");
    }
  }
}
