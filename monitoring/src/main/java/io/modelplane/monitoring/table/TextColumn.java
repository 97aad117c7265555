package io.modelplane.monitoring.table;

/**
 * A column of long strings. Drift looks at their lengths in characters (an embedding of the same
 * text, when the caller provides one, is its own {@link EmbeddingColumn}).
 */
public record TextColumn(String name, double[] lengths) implements Column {

  @Override
  public ColumnKind kind() {
    return ColumnKind.TEXT;
  }

  @Override
  public long size() {
    return lengths.length;
  }
}
