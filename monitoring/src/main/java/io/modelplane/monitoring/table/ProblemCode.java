package io.modelplane.monitoring.table;

import java.util.Locale;

/** Stable codes of the input problems a table or profile reports. */
public enum ProblemCode {
  /** Values of another type than the column's majority type; excluded. */
  MIXED_TYPES,
  /** NaN or ±Infinity in a numeric column; excluded. */
  NON_FINITE,
  /** A column with no usable value; skipped. */
  EMPTY_COLUMN,
  /** More distinct categories than are tracked; the rest are folded into {@code __other__}. */
  HIGH_CARDINALITY,
  /** Embedding vectors whose dimension differs from the column's first one; excluded. */
  RAGGED_EMBEDDING,
  /** CSV records with more or fewer fields than the header; skipped. */
  RAGGED_ROW,
  /** Lines or records that could not be parsed at all; skipped. */
  MALFORMED_ROW,
  /** A value of a shape the column cannot hold (a nested object, an array of strings); excluded. */
  UNSUPPORTED_VALUE,
  /** A header naming a column twice; the later one is ignored. */
  DUPLICATE_COLUMN,
  /** An inference tensor that maps to no baseline column. */
  UNMAPPED_TENSOR,
  /** An inference tensor whose shape, datatype or data length is inconsistent; skipped. */
  BAD_TENSOR,
  /** A window column whose kind differs from the baseline's; not compared. */
  KIND_MISMATCH,
  /** A baseline column absent from the window (or with no values in it); not compared. */
  NO_WINDOW_DATA;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
