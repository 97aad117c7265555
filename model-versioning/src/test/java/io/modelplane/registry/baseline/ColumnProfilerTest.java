package io.modelplane.registry.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ColumnProfilerTest {

  @Test
  void shouldInferNumericCategoricalAndText() {
    // Given a numeric column, a few plans, and a free-text column with many distinct values
    ColumnProfiler profiler = new ColumnProfiler();
    for (int i = 0; i < 200; i++) {
      profiler.row(
          Map.of(
              "spend", i % 2 == 0 ? Integer.toString(i) : i + ".25",
              "plan", i % 3 == 0 ? "pro" : "basic",
              "note", "customer " + i));
    }

    // When profiled / Then each column has the type monitoring needs
    assertThat(types(profiler, Map.of()))
        .containsEntry("spend", "numeric")
        .containsEntry("plan", "categorical")
        .containsEntry("note", "text");
  }

  @Test
  void shouldCountMissingValuesAsAbsentNotAsText() {
    // Given a numeric column with empty cells and a short row that lacks it
    ColumnProfiler profiler = new ColumnProfiler();
    profiler.row(Map.of("age", "31", "plan", "pro"));
    profiler.row(Map.of("age", "", "plan", "basic"));
    profiler.row(Map.of("plan", "pro"));
    Map<String, String> withNull = new HashMap<>();
    withNull.put("age", null);
    withNull.put("plan", "basic");
    profiler.row(withNull);

    // When profiled
    BaselineColumn age = column(profiler, "age");

    // Then it stays numeric with one present value, and all four rows are counted
    assertThat(age.type()).isEqualTo("numeric");
    assertThat(age.present()).isEqualTo(1);
    assertThat(profiler.rows()).isEqualTo(4);
  }

  @Test
  void shouldCallAColumnWithoutAnyValueCategorical() {
    ColumnProfiler profiler = new ColumnProfiler();
    profiler.row(Map.of("empty", ""));

    assertThat(column(profiler, "empty").type()).isEqualTo("categorical");
    assertThat(column(profiler, "empty").present()).isZero();
  }

  @Test
  void shouldTurnCategoricalIntoTextJustPastTheDistinctLimit() {
    // Given one column with exactly the limit of distinct values, another with one more
    ColumnProfiler profiler = new ColumnProfiler();
    for (int i = 0; i <= ColumnProfiler.CATEGORICAL_LIMIT; i++) {
      profiler.row(
          Map.of(
              "atLimit", "v" + Math.min(i, ColumnProfiler.CATEGORICAL_LIMIT - 1), "over", "v" + i));
    }

    // Then the first stays categorical and the second becomes text
    assertThat(column(profiler, "atLimit").type()).isEqualTo("categorical");
    assertThat(column(profiler, "atLimit").distinct()).isEqualTo(ColumnProfiler.CATEGORICAL_LIMIT);
    assertThat(column(profiler, "over").type()).isEqualTo("text");
  }

  @Test
  void shouldLetAnOverrideReplaceTheInferredTypeAndSaySo() {
    // Given zip codes, which look numeric
    ColumnProfiler profiler = new ColumnProfiler();
    profiler.row(row("zip", "10115", "spend", "3.5"));
    profiler.row(row("zip", "80331", "spend", "4"));

    // When profiled with zip overridden as categorical
    List<BaselineColumn> columns = profiler.columns(Map.of("zip", ColumnType.CATEGORICAL));

    // Then zip is categorical and marked as not inferred; spend is still inferred
    assertThat(columns)
        .containsExactly(
            new BaselineColumn("zip", "categorical", false, 2, 2),
            new BaselineColumn("spend", "numeric", true, 2, 2));
  }

  @Test
  void shouldKeepColumnsInFirstSeenOrder() {
    ColumnProfiler profiler = new ColumnProfiler();
    profiler.row(row("b", "1"));
    profiler.row(row("a", "1"));

    assertThat(profiler.names()).containsExactly("b", "a");
  }

  /** A row whose columns keep the order given, as the readers deliver them. */
  private static Map<String, String> row(String... namesAndValues) {
    Map<String, String> row = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      row.put(namesAndValues[i], namesAndValues[i + 1]);
    }
    return row;
  }

  private static Map<String, String> types(ColumnProfiler p, Map<String, ColumnType> overrides) {
    Map<String, String> types = new HashMap<>();
    p.columns(overrides).forEach(c -> types.put(c.name(), c.type()));
    return types;
  }

  private static BaselineColumn column(ColumnProfiler p, String name) {
    return p.columns(Map.of()).stream()
        .filter(c -> c.name().equals(name))
        .findFirst()
        .orElseThrow();
  }
}
