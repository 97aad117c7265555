package io.modelplane.monitoring.drift;

import io.modelplane.monitoring.profile.DatasetProfile;
import io.modelplane.monitoring.profile.ProfileOptions;
import io.modelplane.monitoring.profile.Profiler;
import io.modelplane.monitoring.table.CategoricalColumn;
import io.modelplane.monitoring.table.Column;
import io.modelplane.monitoring.table.EmbeddingColumn;
import io.modelplane.monitoring.table.HyperLogLog;
import io.modelplane.monitoring.table.NumericColumn;
import io.modelplane.monitoring.table.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds baseline and window profiles from in-memory columns. */
final class Fixtures {

  private Fixtures() {}

  static NumericColumn numeric(String name, double[] values) {
    return new NumericColumn(name, values);
  }

  /** A categorical column from label → count. */
  static CategoricalColumn categorical(String name, Map<String, Long> counts) {
    HyperLogLog distinct = new HyperLogLog();
    counts.keySet().forEach(distinct::update);
    long[] c = counts.values().stream().mapToLong(Long::longValue).toArray();
    return new CategoricalColumn(
        name, new ArrayList<>(counts.keySet()), c, 0, counts.size(), distinct);
  }

  static Map<String, Long> counts(Object... labelCountPairs) {
    Map<String, Long> m = new LinkedHashMap<>();
    for (int i = 0; i < labelCountPairs.length; i += 2) {
      m.put((String) labelCountPairs[i], ((Number) labelCountPairs[i + 1]).longValue());
    }
    return m;
  }

  static EmbeddingColumn embedding(String name, float[][] rows) {
    int dim = rows[0].length;
    float[] data = new float[rows.length * dim];
    for (int i = 0; i < rows.length; i++) {
      System.arraycopy(rows[i], 0, data, i * dim, dim);
    }
    return new EmbeddingColumn(name, dim, data);
  }

  static DatasetProfile baseline(Column... columns) {
    return Profiler.baseline(table(columns), ProfileOptions.defaults());
  }

  static DatasetProfile window(DatasetProfile baseline, Column... columns) {
    return Profiler.window(table(columns), baseline);
  }

  static Table table(Column... columns) {
    long rows = 0;
    for (Column c : columns) {
      rows = Math.max(rows, c.size());
    }
    return new Table(rows, List.of(columns), List.of());
  }

  static ColumnDrift only(DriftReport r) {
    return r.columns().get(0);
  }
}
