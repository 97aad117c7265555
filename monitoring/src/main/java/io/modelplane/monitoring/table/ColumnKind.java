package io.modelplane.monitoring.table;

import java.util.Locale;
import java.util.Optional;

/** How drift treats a column. */
public enum ColumnKind {
  /** Finite numbers: quantile sketch and frozen quantile bins. */
  NUMERIC,
  /** Strings and booleans: frequency counts. */
  CATEGORICAL,
  /** Fixed-dimension numeric vectors: mean vector and a reservoir sample. */
  EMBEDDING,
  /** Long strings: profiled by their length in characters, as a numeric column. */
  TEXT;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<ColumnKind> fromId(String id) {
    for (ColumnKind k : values()) {
      if (k.id().equalsIgnoreCase(id)) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }
}
