package io.modelplane.monitoring.profile;

import io.modelplane.monitoring.table.CategoricalColumn;
import io.modelplane.monitoring.table.ColumnKind;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.datasketches.common.ArrayOfStringsSerDe;
import org.apache.datasketches.cpc.CpcSketch;
import org.apache.datasketches.cpc.CpcUnion;
import org.apache.datasketches.frequencies.ErrorType;
import org.apache.datasketches.frequencies.ItemsSketch;
import org.apache.datasketches.memory.Memory;

/**
 * Category frequencies in a frequent-items (heavy hitters) sketch — exact while there are fewer
 * than 0.75 × 2^lg labels, top-K with bounded error beyond — plus a CPC sketch of the number of
 * distinct values. Both merge.
 */
public final class CategoricalProfile implements ColumnProfile {

  public static final String OTHER = "__other__";
  static final int CPC_LG_K = 12;
  static final ArrayOfStringsSerDe SERDE = new ArrayOfStringsSerDe();

  private final String name;
  private final int lgMaxMapSize;
  final ItemsSketch<String> items;
  final CpcSketch distinct;

  CategoricalProfile(String name, int lgMaxMapSize, ItemsSketch<String> items, CpcSketch distinct) {
    this.name = name;
    this.lgMaxMapSize = lgMaxMapSize;
    this.items = items;
    this.distinct = distinct;
  }

  public static CategoricalProfile empty(String name, int lgMaxMapSize) {
    return new CategoricalProfile(
        name, lgMaxMapSize, new ItemsSketch<>(1 << lgMaxMapSize), new CpcSketch(CPC_LG_K));
  }

  /** The counts of a table column; its distinct-value sketch is merged in, not re-hashed. */
  public static CategoricalProfile of(CategoricalColumn column, int lgMaxMapSize) {
    CategoricalProfile p = empty(column.name(), lgMaxMapSize);
    for (int i = 0; i < column.labels().size(); i++) {
      if (column.counts()[i] > 0) {
        p.items.update(column.labels().get(i), column.counts()[i]);
      }
    }
    if (column.otherCount() > 0) {
      p.items.update(OTHER, column.otherCount());
    }
    CpcUnion union = new CpcUnion(CPC_LG_K);
    union.update(column.distinct());
    return new CategoricalProfile(column.name(), lgMaxMapSize, p.items, union.getResult());
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
    return items.getStreamLength();
  }

  /** Whether {@link #counts()} are exact (no label was evicted from the sketch). */
  public boolean exact() {
    return items.getMaximumError() == 0;
  }

  /**
   * Label → count, most frequent first. When the sketch is not exact, the mass of evicted labels is
   * added to {@link #OTHER}, so the counts always sum to {@link #count()}.
   */
  public Map<String, Long> counts() {
    ItemsSketch.Row<String>[] rows = items.getFrequentItems(ErrorType.NO_FALSE_NEGATIVES);
    Arrays.sort(
        rows,
        Comparator.comparingLong((ItemsSketch.Row<String> r) -> -r.getEstimate())
            .thenComparing(ItemsSketch.Row::getItem));
    Map<String, Long> counts = new LinkedHashMap<>();
    long sum = 0;
    for (ItemsSketch.Row<String> r : rows) {
      long c = Math.min(r.getEstimate(), count() - sum);
      if (c > 0) {
        counts.merge(r.getItem(), c, Long::sum);
        sum += c;
      }
    }
    if (sum < count()) {
      counts.merge(OTHER, count() - sum, Long::sum);
    }
    return counts;
  }

  /** Distinct values: exact while every label is tracked, the CPC estimate otherwise. */
  public double distinctEstimate() {
    Map<String, Long> counts = counts();
    if (exact() && !counts.containsKey(OTHER)) {
      return counts.size();
    }
    return Math.max(counts.size(), distinct.getEstimate());
  }

  int lgMaxMapSize() {
    return lgMaxMapSize;
  }

  @Override
  public CategoricalProfile emptyWindow() {
    return empty(name, lgMaxMapSize);
  }

  @Override
  public CategoricalProfile merge(ColumnProfile other) {
    if (!(other instanceof CategoricalProfile o)) {
      throw new IllegalArgumentException(
          "column " + name + ": profiles of other kinds do not merge");
    }
    ItemsSketch<String> merged =
        ItemsSketch.getInstance(Memory.wrap(items.toByteArray(SERDE)), SERDE);
    merged.merge(o.items);
    CpcUnion union = new CpcUnion(CPC_LG_K);
    union.update(distinct);
    union.update(o.distinct);
    return new CategoricalProfile(name, lgMaxMapSize, merged, union.getResult());
  }
}
