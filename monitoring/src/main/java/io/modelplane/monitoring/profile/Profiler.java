package io.modelplane.monitoring.profile;

import io.modelplane.monitoring.table.CategoricalColumn;
import io.modelplane.monitoring.table.Column;
import io.modelplane.monitoring.table.ColumnKind;
import io.modelplane.monitoring.table.EmbeddingColumn;
import io.modelplane.monitoring.table.NumericColumn;
import io.modelplane.monitoring.table.ProblemCode;
import io.modelplane.monitoring.table.ProblemLog;
import io.modelplane.monitoring.table.Table;
import io.modelplane.monitoring.table.TextColumn;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Turns tables into profiles: baselines once, windows against a baseline's frozen bins. */
public final class Profiler {

  private Profiler() {}

  public static DatasetProfile baseline(Table table, ProfileOptions options) {
    List<ColumnProfile> columns = new ArrayList<>();
    for (Column c : table.columns()) {
      columns.add(
          switch (c) {
            case NumericColumn n ->
                NumericProfile.baseline(n.name(), ColumnKind.NUMERIC, n.values(), options);
            case TextColumn t ->
                NumericProfile.baseline(t.name(), ColumnKind.TEXT, t.lengths(), options);
            case CategoricalColumn cat -> CategoricalProfile.of(cat, options.maxCategories());
            case EmbeddingColumn e ->
                EmbeddingProfile.of(
                    e, options.reservoirSize(), options.projection(), options.seed());
          });
    }
    return new DatasetProfile(table.rows(), columns, table.problems());
  }

  /**
   * Profiles a window's table with the baseline's bins and settings. Only baseline columns are
   * profiled; one whose kind differs from the baseline's is reported and left out (read window
   * input with {@code TableOptions.withKinds(baseline.kinds())} to force the baseline's kinds).
   */
  public static DatasetProfile window(Table table, DatasetProfile baseline) {
    ProblemLog problems = new ProblemLog();
    problems.addAll(table.problems());
    List<ColumnProfile> columns = new ArrayList<>();
    for (ColumnProfile base : baseline.columns()) {
      Optional<Column> found = table.column(base.name());
      if (found.isEmpty()) {
        columns.add(base.emptyWindow());
        continue;
      }
      Column c = found.get();
      if (c.kind() == ColumnKind.EMBEDDING
          && ((EmbeddingColumn) c).dimension() != ((EmbeddingProfile) base).dimension()) {
        problems.add(
            c.name(),
            ProblemCode.RAGGED_EMBEDDING,
            c.size(),
            "window vectors have dimension "
                + ((EmbeddingColumn) c).dimension()
                + ", the baseline's "
                + ((EmbeddingProfile) base).dimension()
                + "; not compared");
        columns.add(base.emptyWindow());
        continue;
      }
      if (c.kind() != base.kind()) {
        problems.add(
            c.name(),
            ProblemCode.KIND_MISMATCH,
            c.size(),
            "window column is "
                + c.kind().id()
                + " but the baseline's is "
                + base.kind().id()
                + "; not compared");
        columns.add(base.emptyWindow());
        continue;
      }
      columns.add(profile(c, base));
    }
    return new DatasetProfile(table.rows(), columns, problems.toList());
  }

  private static ColumnProfile profile(Column c, ColumnProfile base) {
    return switch (c) {
      case NumericColumn n -> fill((NumericProfile) base.emptyWindow(), n.values());
      case TextColumn t -> fill((NumericProfile) base.emptyWindow(), t.lengths());
      case CategoricalColumn cat ->
          CategoricalProfile.of(cat, ((CategoricalProfile) base).maxCategories());
      case EmbeddingColumn e ->
          EmbeddingProfile.of(
              e,
              ((EmbeddingProfile) base).capacity(),
              ((EmbeddingProfile) base).sampleDimension(),
              ((EmbeddingProfile) base).seed());
    };
  }

  private static NumericProfile fill(NumericProfile p, double[] values) {
    p.addAll(values);
    return p;
  }
}
