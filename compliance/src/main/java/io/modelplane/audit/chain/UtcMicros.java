package io.modelplane.audit.chain;

import java.time.Instant;

/**
 * Timestamps as the canonical form writes them: UTC, always six fractional digits, the precision
 * PostgreSQL stores ({@code 2026-01-31T09:05:03.000120Z}). Converting from days to a civil date by
 * arithmetic (H. Hinnant's algorithm) keeps the hot path free of allocation.
 */
public final class UtcMicros {

  private UtcMicros() {}

  /** Microseconds since the epoch, truncated as PostgreSQL would store the instant. */
  public static long of(Instant t) {
    return Math.addExact(Math.multiplyExact(t.getEpochSecond(), 1_000_000L), t.getNano() / 1_000L);
  }

  public static Instant toInstant(long micros) {
    return Instant.ofEpochSecond(
        Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1_000L);
  }

  public static String format(long micros) {
    Utf8Bytes out = new Utf8Bytes();
    write(micros, out);
    return new String(out.array(), 0, out.length(), java.nio.charset.StandardCharsets.US_ASCII);
  }

  public static void write(long micros, Utf8Bytes out) {
    long seconds = Math.floorDiv(micros, 1_000_000L);
    long fraction = Math.floorMod(micros, 1_000_000L);
    long days = Math.floorDiv(seconds, 86_400L);
    long secondOfDay = Math.floorMod(seconds, 86_400L);
    long z = days + 719_468;
    long era = Math.floorDiv(z, 146_097);
    long doe = z - era * 146_097;
    long yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153;
    long day = doy - (153 * mp + 2) / 5 + 1;
    long month = mp < 10 ? mp + 3 : mp - 9;
    long year = yoe + era * 400 + (month <= 2 ? 1 : 0);
    out.digits(year, 4).ascii('-').digits(month, 2).ascii('-').digits(day, 2).ascii('T');
    out.digits(secondOfDay / 3600, 2).ascii(':').digits(secondOfDay / 60 % 60, 2).ascii(':');
    out.digits(secondOfDay % 60, 2).ascii('.').digits(fraction, 6).ascii('Z');
  }
}
