package io.modelplane.backend.local;

import java.time.Duration;

/**
 * Exponential restart delays, so that a runner that cannot load its model does not burn the
 * machine's cores restarting in a tight loop, while a one-off crash is retried quickly.
 *
 * @param initial the delay after the first failure
 * @param max the longest delay
 * @param resetAfter ready this long = healthy again: the failure count starts over
 */
public record RestartBackoff(Duration initial, Duration max, Duration resetAfter) {

  /** The delay after the {@code failures}-th consecutive failure (1 = the first). */
  public Duration delay(int failures) {
    Duration delay = initial;
    for (int i = 1; i < failures && delay.compareTo(max) < 0; i++) {
      delay = delay.multipliedBy(2);
    }
    return delay.compareTo(max) > 0 ? max : delay;
  }

  /** {@code 250ms}, {@code 4s}, {@code 1.5s}: short enough for a status message. */
  static String describe(Duration duration) {
    long millis = duration.toMillis();
    if (millis < 1000) {
      return millis + "ms";
    }
    if (millis % 1000 == 0) {
      return millis / 1000 + "s";
    }
    return String.format(java.util.Locale.ROOT, "%.1fs", millis / 1000.0);
  }
}
