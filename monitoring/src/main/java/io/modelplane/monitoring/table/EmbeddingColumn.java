package io.modelplane.monitoring.table;

/** Vectors of one dimension, stored row after row in {@code data}. */
public record EmbeddingColumn(String name, int dimension, float[] data) implements Column {

  @Override
  public ColumnKind kind() {
    return ColumnKind.EMBEDDING;
  }

  @Override
  public long size() {
    return dimension == 0 ? 0 : data.length / dimension;
  }

  /** Copies row {@code row} into {@code into} (length at least {@code dimension}). */
  public void row(int row, float[] into) {
    System.arraycopy(data, row * dimension, into, 0, dimension);
  }
}
