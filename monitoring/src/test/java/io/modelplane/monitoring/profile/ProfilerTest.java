package io.modelplane.monitoring.profile;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelplane.monitoring.table.ColumnKind;
import io.modelplane.monitoring.table.NumericColumn;
import io.modelplane.monitoring.table.ProblemCode;
import io.modelplane.monitoring.table.Table;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProfilerTest {

  @Test
  void shouldProfileEachKindOfColumn() {
    // When
    DatasetProfile p =
        Profiler.baseline(ProfileCodecTest.mixedTable(2_000), ProfileOptions.defaults());

    // Then
    assertThat(p.kinds())
        .containsExactly(
            java.util.Map.entry("age", ColumnKind.NUMERIC),
            java.util.Map.entry("city", ColumnKind.CATEGORICAL),
            java.util.Map.entry("review", ColumnKind.TEXT),
            java.util.Map.entry("emb", ColumnKind.EMBEDDING));
    assertThat(p.column("age").orElseThrow().count()).isEqualTo(1_999);
    assertThat(p.problems())
        .anySatisfy(pr -> assertThat(pr.code()).isEqualTo(ProblemCode.NON_FINITE));
    assertThat(p.schema().field("emb").orElseThrow().dimension()).isEqualTo(3);
  }

  @Test
  void shouldProfileAWindowWithTheBaselinesFrozenBins() {
    // Given a baseline on [0, 1) and a window far to the right
    double[] base = new double[1_000];
    double[] win = new double[100];
    for (int i = 0; i < base.length; i++) {
      base[i] = i / 1000.0;
    }
    java.util.Arrays.fill(win, 5.0);
    DatasetProfile baseline =
        Profiler.baseline(
            new Table(1_000, List.of(new NumericColumn("x", base)), List.of()),
            ProfileOptions.defaults());

    // When
    DatasetProfile window =
        Profiler.window(new Table(100, List.of(new NumericColumn("x", win)), List.of()), baseline);

    // Then every window value lands in the baseline's last, open-ended bin
    NumericProfile w = (NumericProfile) window.column("x").orElseThrow();
    NumericProfile b = (NumericProfile) baseline.column("x").orElseThrow();
    assertThat(w.edges()).containsExactly(b.edges());
    assertThat(w.binCounts()[w.binCounts().length - 1]).isEqualTo(100);
  }
}
