package io.modelplane.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;

/** Values of native query results, whichever Java type the driver and Hibernate chose. */
public final class NativeValues {

  private NativeValues() {}

  /** A timestamp column's value as an instant. */
  public static Instant instant(Object value) {
    return switch (value) {
      case Timestamp t -> t.toInstant();
      case Instant i -> i;
      case OffsetDateTime o -> o.toInstant();
      default -> Instant.parse(value.toString());
    };
  }
}
