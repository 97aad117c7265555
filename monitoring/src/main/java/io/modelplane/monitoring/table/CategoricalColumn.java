package io.modelplane.monitoring.table;

import java.util.List;

/**
 * Category counts of a column. Only a bounded number of distinct labels is tracked while reading;
 * values first seen after that are counted in {@code otherCount}, and {@code distinctEstimate}
 * (exact below the bound, a HyperLogLog estimate above it) says how many distinct values there
 * were; {@code distinct} is that sketch, so profiles built from several tables can merge it.
 */
public record CategoricalColumn(
    String name,
    List<String> labels,
    long[] counts,
    long otherCount,
    double distinctEstimate,
    HyperLogLog distinct)
    implements Column {

  @Override
  public ColumnKind kind() {
    return ColumnKind.CATEGORICAL;
  }

  @Override
  public long size() {
    long n = otherCount;
    for (long c : counts) {
      n += c;
    }
    return n;
  }
}
