package io.modelplane.modelcard.service;

import io.modelplane.modelcard.service.ModelCard.BaselineSummary;
import io.modelplane.modelcard.service.ModelCard.ColumnSummary;
import io.modelplane.monitoring.profile.CategoricalProfile;
import io.modelplane.monitoring.profile.ColumnProfile;
import io.modelplane.monitoring.profile.DatasetProfile;
import io.modelplane.monitoring.profile.EmbeddingProfile;
import io.modelplane.monitoring.profile.NumericProfile;
import io.modelplane.monitoring.table.ColumnKind;
import io.modelplane.registry.baseline.BaselineColumn;
import io.modelplane.registry.persistence.Baseline;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** A baseline as a card shows it: the upload's facts and one line of statistics per column. */
final class BaselineSummaries {

  /** Labels named for a categorical column; the rest is summed up as "other". */
  static final int TOP_LABELS = 3;

  private BaselineSummaries() {}

  static BaselineSummary of(Baseline baseline, Optional<DatasetProfile> profile) {
    List<ColumnSummary> columns = new ArrayList<>();
    for (BaselineColumn c : baseline.columns) {
      String statistics =
          profile
              .flatMap(p -> p.column(c.name()))
              .map(BaselineSummaries::statistics)
              .orElse("profile not available");
      columns.add(new ColumnSummary(c.name(), c.type(), c.present(), c.distinct(), statistics));
    }
    List<String> problems =
        profile
            .map(p -> p.problems().stream().map(x -> x.column() + ": " + x.message()).toList())
            .orElse(List.of());
    return new BaselineSummary(
        baseline.format,
        baseline.sha256,
        baseline.size,
        baseline.rowCount,
        baseline.uploadedBy,
        baseline.uploadedAt,
        columns,
        problems);
  }

  static String statistics(ColumnProfile column) {
    return switch (column) {
      case NumericProfile n ->
          (n.kind() == ColumnKind.TEXT ? "length " : "")
              + "min %s, mean %s, std %s, max %s"
                  .formatted(num(n.min()), num(n.mean()), num(n.std()), num(n.max()));
      case CategoricalProfile c -> labels(c);
      case EmbeddingProfile e -> "vectors of dimension " + e.dimension();
    };
  }

  private static String labels(CategoricalProfile c) {
    if (c.count() == 0) {
      return "no values";
    }
    List<String> parts = new ArrayList<>();
    int shown = 0;
    long rest = 0;
    for (Map.Entry<String, Long> e : c.counts().entrySet()) {
      if (shown < TOP_LABELS && !e.getKey().equals(CategoricalProfile.OTHER)) {
        parts.add("%s %s".formatted(e.getKey(), pct(e.getValue(), c.count())));
        shown++;
      } else {
        rest += e.getValue();
      }
    }
    if (rest > 0) {
      parts.add("other " + pct(rest, c.count()));
    }
    return String.join(", ", parts);
  }

  private static String pct(long part, long whole) {
    return String.format(Locale.ROOT, "%.1f%%", 100.0 * part / whole);
  }

  private static String num(double value) {
    if (!Double.isFinite(value)) {
      return "-";
    }
    return String.format(Locale.ROOT, "%.4g", value);
  }
}
