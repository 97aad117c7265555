package io.modelplane.audit.chain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/** Timestamps always carry six fractional digits, in UTC, and drop nanoseconds. */
class UtcMicrosTest {

  private static final DateTimeFormatter REFERENCE =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

  @Property(tries = 1000)
  void formatsLikeTheJdk(
      @ForAll @LongRange(min = -30_610_224_000_000_000L, max = 253_402_300_799_999_999L)
          long micros) {
    assertThat(UtcMicros.format(micros)).isEqualTo(REFERENCE.format(UtcMicros.toInstant(micros)));
  }

  /** The application truncates before inserting; PostgreSQL itself would round. */
  @Test
  void shouldDropNanoseconds() {
    Instant t = Instant.parse("2026-11-23T10:00:00.123456789Z");

    assertThat(UtcMicros.format(UtcMicros.of(t))).isEqualTo("2026-11-23T10:00:00.123456Z");
  }
}
