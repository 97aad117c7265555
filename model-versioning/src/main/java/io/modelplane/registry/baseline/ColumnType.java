package io.modelplane.registry.baseline;

import java.util.Locale;
import java.util.Optional;

/**
 * How monitoring treats a column: quantile sketches, frequency counts, or text/embedding inputs.
 */
public enum ColumnType {
  NUMERIC,
  CATEGORICAL,
  TEXT;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<ColumnType> fromId(String id) {
    for (ColumnType t : values()) {
      if (t.id().equals(id)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }
}
