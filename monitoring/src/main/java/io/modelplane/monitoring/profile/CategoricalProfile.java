package io.modelplane.monitoring.profile;

import io.modelplane.monitoring.table.CategoricalColumn;
import io.modelplane.monitoring.table.ColumnKind;
import io.modelplane.monitoring.table.HyperLogLog;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Category frequencies in a heavy-hitters sketch — exact while there are at most {@code
 * maxCategories} labels, top-K with bounded error beyond — plus a HyperLogLog of the number of
 * distinct values. Both merge.
 */
public final class CategoricalProfile implements ColumnProfile {

  public static final String OTHER = "__other__";

  private final String name;
  final FrequentItems items;
  final HyperLogLog distinct;

  CategoricalProfile(String name, FrequentItems items, HyperLogLog distinct) {
    this.name = name;
    this.items = items;
    this.distinct = distinct;
  }

  public static CategoricalProfile empty(String name, int maxCategories) {
    return new CategoricalProfile(name, new FrequentItems(maxCategories), new HyperLogLog());
  }

  /** The counts of a table column; its distinct counter is taken over, not re-hashed. */
  public static CategoricalProfile of(CategoricalColumn column, int maxCategories) {
    FrequentItems items = new FrequentItems(maxCategories);
    for (int i = 0; i < column.labels().size(); i++) {
      items.update(column.labels().get(i), column.counts()[i]);
    }
    items.update(OTHER, column.otherCount());
    return new CategoricalProfile(column.name(), items, new HyperLogLog().merge(column.distinct()));
  }

  /** Counts {@code count} occurrences of {@code label}. */
  public void add(String label, long count) {
    items.update(label, count);
    distinct.update(label);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public ColumnKind kind() {
    return ColumnKind.CATEGORICAL;
  }

  @Override
  public long count() {
    return items.n;
  }

  /** Whether {@link #counts()} are exact (no label was ever dropped from the counters). */
  public boolean exact() {
    return items.maxError == 0;
  }

  /** At most how much any count of {@link #counts()} may be below the true count. */
  public long maxError() {
    return items.maxError;
  }

  /**
   * Label → count, most frequent first. Mass the sketch could not attribute to a label (dropped
   * rare labels, or values the table folded away) is counted under {@link #OTHER}, so the counts
   * always sum to {@link #count()}.
   */
  public Map<String, Long> counts() {
    Map<String, Long> counts = new LinkedHashMap<>(items.counts());
    long sum = counts.values().stream().mapToLong(Long::longValue).sum();
    if (sum < count()) {
      counts.merge(OTHER, count() - sum, Long::sum);
    }
    return counts;
  }

  /** Distinct values: exact while every label is tracked, the HyperLogLog estimate otherwise. */
  public double distinctEstimate() {
    Map<String, Long> counts = counts();
    if (exact() && !counts.containsKey(OTHER)) {
      return counts.size();
    }
    return Math.max(counts.size(), distinct.estimate());
  }

  public int maxCategories() {
    return items.capacity;
  }

  @Override
  public CategoricalProfile emptyWindow() {
    return empty(name, items.capacity);
  }

  @Override
  public CategoricalProfile merge(ColumnProfile other) {
    if (!(other instanceof CategoricalProfile o)) {
      throw new IllegalArgumentException(
          "column " + name + ": profiles of other kinds do not merge");
    }
    return new CategoricalProfile(name, items.merge(o.items), distinct.merge(o.distinct));
  }
}
