package io.modelplane.ui;

import io.modelplane.drift.api.DriftTimelineView;
import io.modelplane.drift.api.DriftTimelineView.Cell;
import io.modelplane.drift.api.DriftTimelineView.ColumnView;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Drift over time as SVG geometry: one row per column, one cell per step, shaded by how close the
 * statistic came to its threshold (grey → amber) and red where the column drifted; white where the
 * step had no data. Pure; the page draws it without JavaScript.
 */
record DriftHeatmap(
    int width, int height, int labelWidth, List<Label> rows, List<Rect> cells, List<Label> times) {

  static final int WIDTH = 720;
  static final int LABELS = 130;
  static final int ROW = 20;
  private static final DateTimeFormatter SHORT =
      DateTimeFormatter.ofPattern("MM-dd HH:mm", Locale.ROOT).withZone(ZoneOffset.UTC);

  /** A text at (x, y). */
  record Label(int x, int y, String text) {}

  /** One cell: geometry, fill, whether it drifted, and a tooltip. */
  record Rect(
      String x, int y, String width, int height, String fill, boolean drifted, String title) {}

  public boolean isEmpty() {
    return cells.isEmpty();
  }

  static DriftHeatmap empty() {
    return new DriftHeatmap(WIDTH, 0, LABELS, List.of(), List.of(), List.of());
  }

  static DriftHeatmap of(DriftTimelineView timeline) {
    int steps = timeline.steps().size();
    if (steps == 0 || timeline.columns().isEmpty()) {
      return empty();
    }
    double cellWidth = (double) (WIDTH - LABELS) / steps;
    List<Label> rows = new ArrayList<>();
    List<Rect> cells = new ArrayList<>();
    for (int r = 0; r < timeline.columns().size(); r++) {
      ColumnView column = timeline.columns().get(r);
      int y = r * ROW;
      rows.add(new Label(LABELS - 6, y + ROW - 6, column.column()));
      for (int s = 0; s < steps; s++) {
        Cell cell = column.cells().get(s);
        cells.add(
            new Rect(
                fmt(LABELS + s * cellWidth),
                y,
                fmt(Math.max(1, cellWidth - 1)),
                ROW - 2,
                fill(column, cell),
                cell.drifted(),
                title(column, cell)));
      }
    }
    int bottom = timeline.columns().size() * ROW;
    List<Label> times = new ArrayList<>();
    for (int s : new int[] {0, steps / 2, steps - 1}) {
      times.add(
          new Label(
              (int) Math.round(LABELS + s * cellWidth),
              bottom + 14,
              SHORT.format(timeline.steps().get(s).from())));
    }
    return new DriftHeatmap(
        WIDTH, bottom + 20, LABELS, rows, cells, times.stream().distinct().toList());
  }

  /**
   * Severity in [0, 1]: value / threshold for distances, log p / log threshold for tests (p = 1 →
   * 0, p = threshold → 1).
   */
  static double severity(ColumnView column, Cell cell) {
    if (cell.value() == null) {
      return 0;
    }
    double s;
    if (cell.pValue() != null) {
      double p = Math.max(cell.pValue(), 1e-300);
      s = Math.log(p) / Math.log(column.threshold());
    } else {
      s = cell.value() / column.threshold();
    }
    return Math.max(0, Math.min(1, s));
  }

  private static String fill(ColumnView column, Cell cell) {
    if (cell.value() == null) {
      return "#ffffff";
    }
    if (cell.drifted()) {
      return "#dc2626";
    }
    // grey (229, 231, 235) to amber (245, 158, 11)
    double s = severity(column, cell);
    return String.format(
        Locale.ROOT,
        "#%02x%02x%02x",
        (int) Math.round(229 + (245 - 229) * s),
        (int) Math.round(231 + (158 - 231) * s),
        (int) Math.round(235 + (11 - 235) * s));
  }

  private static String title(ColumnView column, Cell cell) {
    String at = SHORT.format(cell.from());
    if (cell.value() == null) {
      return column.column() + " · " + at + ": no data";
    }
    return String.format(
        Locale.ROOT,
        "%s · %s: %s %.4f (threshold %.4f)%s",
        column.column(),
        at,
        column.statistic(),
        cell.value(),
        column.threshold(),
        cell.drifted() ? ", drifted" : "");
  }

  private static String fmt(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }

  static Instant floor(Instant t, long stepSeconds) {
    return Instant.ofEpochSecond(Math.floorDiv(t.getEpochSecond(), stepSeconds) * stepSeconds);
  }
}
