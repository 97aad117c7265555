package io.modelplane.monitoring.table;

/** The finite values of a numeric column, in input order. */
public record NumericColumn(String name, double[] values) implements Column {

  @Override
  public ColumnKind kind() {
    return ColumnKind.NUMERIC;
  }

  @Override
  public long size() {
    return values.length;
  }
}
