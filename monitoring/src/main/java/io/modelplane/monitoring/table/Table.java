package io.modelplane.monitoring.table;

import java.util.List;
import java.util.Optional;

/**
 * Column-oriented input for profiling: numbers in primitive arrays, categories as counts.
 *
 * @param rows how many rows (records, lines or tensor rows) were read, including skipped ones
 * @param columns the usable columns in first-seen (header) order; empty columns are absent
 * @param problems everything that was excluded or worked around, with counts
 */
public record Table(long rows, List<Column> columns, List<Problem> problems) {

  public Table {
    columns = List.copyOf(columns);
    problems = List.copyOf(problems);
  }

  public Optional<Column> column(String name) {
    return columns.stream().filter(c -> c.name().equals(name)).findFirst();
  }
}
