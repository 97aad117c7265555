package io.modelplane.monitoring.table;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Collects values column by column from any reader and types each column at the end. */
final class TableBuilder {

  private final TableOptions options;
  private final Map<String, ColumnBuilder> columns = new LinkedHashMap<>();
  private final ProblemLog problems = new ProblemLog();
  private long rows;

  TableBuilder(TableOptions options) {
    this.options = options;
  }

  ColumnBuilder column(String name) {
    return columns.computeIfAbsent(name, n -> new ColumnBuilder(n, options));
  }

  boolean hasColumn(String name) {
    return columns.containsKey(name);
  }

  void rows(long count) {
    rows += count;
  }

  ProblemLog problems() {
    return problems;
  }

  Table build() {
    List<Column> built = new ArrayList<>();
    for (ColumnBuilder b : columns.values()) {
      Column c = b.build(problems);
      if (c != null) {
        built.add(c);
      }
    }
    return new Table(rows, built, problems.toList());
  }
}
