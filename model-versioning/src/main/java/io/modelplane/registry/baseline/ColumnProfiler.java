package io.modelplane.registry.baseline;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Infers column types from values streamed past it: a column whose every present value parses as a
 * number is numeric; otherwise it is categorical while it has at most {@value #CATEGORICAL_LIMIT}
 * distinct values and text beyond that. Memory stays bounded: distinct values are tracked only up
 * to the limit.
 */
public final class ColumnProfiler {

  static final int CATEGORICAL_LIMIT = 50;

  private final Map<String, Stats> columns = new LinkedHashMap<>();
  private long rows;

  public void row(Map<String, String> values) {
    rows++;
    values.forEach((name, value) -> columns.computeIfAbsent(name, n -> new Stats()).add(value));
  }

  public long rows() {
    return rows;
  }

  /** The profile, with {@code overrides} (column → type) replacing what was inferred. */
  public List<BaselineColumn> columns(Map<String, ColumnType> overrides) {
    List<BaselineColumn> result = new ArrayList<>();
    columns.forEach(
        (name, s) -> {
          ColumnType override = overrides.get(name);
          ColumnType type = override != null ? override : s.inferred();
          result.add(
              new BaselineColumn(name, type.id(), override == null, s.present, s.distinct.size()));
        });
    return result;
  }

  public Set<String> names() {
    return columns.keySet();
  }

  private static final class Stats {
    private long present;
    private boolean numeric = true;
    private final Set<String> distinct = new HashSet<>();
    private boolean overflow;

    void add(String value) {
      if (value == null || value.isEmpty()) {
        return;
      }
      present++;
      numeric = numeric && isNumber(value);
      if (distinct.size() <= CATEGORICAL_LIMIT) {
        distinct.add(value);
      } else {
        overflow = true;
      }
    }

    ColumnType inferred() {
      if (present > 0 && numeric) {
        return ColumnType.NUMERIC;
      }
      return overflow || distinct.size() > CATEGORICAL_LIMIT
          ? ColumnType.TEXT
          : ColumnType.CATEGORICAL;
    }

    private static boolean isNumber(String value) {
      try {
        double d = Double.parseDouble(value.trim());
        return !Double.isNaN(d) || value.trim().equalsIgnoreCase("nan");
      } catch (NumberFormatException e) {
        return false;
      }
    }
  }
}
