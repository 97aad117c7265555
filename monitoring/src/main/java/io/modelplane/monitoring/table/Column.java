package io.modelplane.monitoring.table;

/** One column of a {@link Table}, holding only its usable values (excluded ones were counted). */
public sealed interface Column
    permits NumericColumn, CategoricalColumn, EmbeddingColumn, TextColumn {

  String name();

  ColumnKind kind();

  /** How many usable values the column holds. */
  long size();
}
