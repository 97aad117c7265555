package io.modelplane.monitoring.drift;

import io.modelplane.monitoring.table.Problem;
import java.util.List;

/**
 * A window compared with its baseline.
 *
 * @param columns the compared columns, baseline order
 * @param driftedColumns how many of them drifted
 * @param driftShare driftedColumns / columns (0 when nothing was compared)
 * @param datasetDrift driftShare ≥ the configured share
 * @param noData the window had no rows (or no usable value in any baseline column): nothing was
 *     compared, nothing drifted — an explicit answer instead of NaN
 * @param problems input problems of baseline and window, and columns that could not be compared
 */
public record DriftReport(
    List<ColumnDrift> columns,
    int driftedColumns,
    double driftShare,
    boolean datasetDrift,
    boolean noData,
    List<Problem> problems) {

  public DriftReport {
    columns = List.copyOf(columns);
    problems = List.copyOf(problems);
  }
}
