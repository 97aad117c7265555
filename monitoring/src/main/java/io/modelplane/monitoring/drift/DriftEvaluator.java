package io.modelplane.monitoring.drift;

import io.modelplane.kernel.error.InvalidInputException;
import io.modelplane.monitoring.profile.CategoricalProfile;
import io.modelplane.monitoring.profile.ColumnProfile;
import io.modelplane.monitoring.profile.DatasetProfile;
import io.modelplane.monitoring.profile.EmbeddingProfile;
import io.modelplane.monitoring.profile.NumericProfile;
import io.modelplane.monitoring.table.ColumnKind;
import io.modelplane.monitoring.table.ProblemCode;
import io.modelplane.monitoring.table.ProblemLog;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Compares a window profile with its baseline column by column and decides dataset drift. Works on
 * profiles only, so the cost does not grow with the window's rows.
 */
public final class DriftEvaluator {

  private DriftEvaluator() {}

  /**
   * @throws InvalidInputException when an option names an unknown column, a statistic that does not
   *     apply to the column's kind, or a threshold out of range (field {@code columns.<name>})
   */
  public static DriftReport evaluate(
      DatasetProfile baseline, DatasetProfile window, DriftOptions options) {
    validate(baseline, options);
    ProblemLog problems = new ProblemLog();
    problems.addAll(window.problems());
    List<ColumnDrift> columns = new ArrayList<>();
    for (ColumnProfile b : baseline.columns()) {
      Optional<ColumnProfile> w = window.column(b.name());
      if (w.isEmpty() || w.get().count() == 0) {
        problems.add(
            b.name(),
            ProblemCode.NO_WINDOW_DATA,
            1,
            "the window has no usable value in this column; not compared");
        continue;
      }
      if (b.count() == 0) {
        continue;
      }
      columns.add(compare(b, w.get(), options.column(b.name()), options));
    }
    int drifted = (int) columns.stream().filter(ColumnDrift::drifted).count();
    double share = columns.isEmpty() ? 0 : (double) drifted / columns.size();
    return new DriftReport(
        columns,
        drifted,
        share,
        !columns.isEmpty() && share >= options.driftShare(),
        columns.isEmpty(),
        problems.toList());
  }

  private static ColumnDrift compare(
      ColumnProfile b, ColumnProfile w, ColumnOptions o, DriftOptions options) {
    return switch (b) {
      case NumericProfile n -> NumericComparison.compare(n, (NumericProfile) w, o, options);
      case CategoricalProfile c ->
          CategoricalComparison.compare(c, (CategoricalProfile) w, o, options);
      case EmbeddingProfile e -> EmbeddingComparison.compare(e, (EmbeddingProfile) w, o, options);
    };
  }

  private static void validate(DatasetProfile baseline, DriftOptions options) {
    for (Map.Entry<String, ColumnOptions> e : options.columns().entrySet()) {
      String field = "columns." + e.getKey();
      ColumnProfile column =
          baseline
              .column(e.getKey())
              .orElseThrow(
                  () -> new InvalidInputException(field, "the baseline has no such column"));
      Statistic stat = e.getValue().statistic();
      if (stat != null && !allowed(column.kind()).contains(stat)) {
        throw new InvalidInputException(
            field + ".statistic",
            stat.id()
                + " does not apply to a "
                + column.kind().id()
                + " column; use one of "
                + allowed(column.kind()).stream().map(Statistic::id).sorted().toList());
      }
      Double threshold = e.getValue().threshold();
      boolean pValue = stat != null ? stat.pValueTest() : defaultIsPValueTest(column, options);
      if (threshold != null && !(threshold > 0 && (!pValue || threshold < 1))) {
        throw new InvalidInputException(
            field + ".threshold",
            pValue
                ? "a p-value threshold must be in (0, 1)"
                : "a distance threshold must be positive");
      }
    }
  }

  private static Set<Statistic> allowed(ColumnKind kind) {
    return switch (kind) {
      case NUMERIC, TEXT -> NumericComparison.ALLOWED;
      case CATEGORICAL -> CategoricalComparison.ALLOWED;
      case EMBEDDING -> Set.of(Statistic.MMD);
    };
  }

  /** Only for validating a bare threshold: a p-value test unless the default is a distance. */
  private static boolean defaultIsPValueTest(ColumnProfile column, DriftOptions options) {
    return column.kind() == ColumnKind.EMBEDDING || column.count() <= options.smallReference();
  }
}
