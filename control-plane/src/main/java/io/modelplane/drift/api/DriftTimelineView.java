package io.modelplane.drift.api;

import java.time.Instant;
import java.util.List;

/**
 * A deployment's drift over time against the baseline of {@code model} v{@code version}: the window
 * [from, to) cut into {@code step}s; per step the samples and verdict, per column one cell per
 * step.
 */
public record DriftTimelineView(
    String deployment,
    String model,
    int version,
    Instant from,
    Instant to,
    String step,
    List<StepView> steps,
    List<ColumnView> columns) {

  /** One step: its bounds, samples, whether it had none, and how many columns drifted. */
  public record StepView(
      Instant from, Instant to, long samples, boolean noData, int driftedColumns) {}

  /** One column: its statistic and threshold, and a cell per step (same order as steps). */
  public record ColumnView(
      String column, String kind, String statistic, double threshold, List<Cell> cells) {}

  /** A column's value in one step; {@code value} is null when the step had no data for it. */
  public record Cell(Instant from, Double value, Double pValue, boolean drifted) {}
}
