package io.modelplane.drift.api;

import io.modelplane.drift.api.DriftTimelineView.Cell;
import io.modelplane.drift.api.DriftTimelineView.ColumnView;
import io.modelplane.drift.api.DriftTimelineView.StepView;
import io.modelplane.drift.service.DriftWindows.Step;
import io.modelplane.drift.service.DriftWindows.Timeline;
import io.modelplane.monitoring.drift.ColumnDrift;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns a timeline (a report per step) into rows per column, as a heatmap reads them. */
public final class TimelineViews {

  private TimelineViews() {}

  public static DriftTimelineView of(
      String deployment, Instant from, Instant to, Duration step, Timeline timeline) {
    List<StepView> steps = new ArrayList<>();
    Map<String, ColumnDrift> described = new LinkedHashMap<>();
    for (Step s : timeline.steps()) {
      var r = s.report();
      steps.add(new StepView(s.from(), s.to(), s.samples(), r.noData(), r.driftedColumns()));
      r.columns().forEach(c -> described.putIfAbsent(c.column(), c));
    }
    List<ColumnView> columns = new ArrayList<>();
    for (String name : timeline.columns()) {
      List<Cell> cells = new ArrayList<>();
      for (Step s : timeline.steps()) {
        ColumnDrift c =
            s.report().columns().stream()
                .filter(d -> d.column().equals(name))
                .findFirst()
                .orElse(null);
        cells.add(
            c == null
                ? new Cell(s.from(), null, null, false)
                : new Cell(s.from(), c.value(), c.pValue(), c.drifted()));
      }
      ColumnDrift any = described.get(name);
      columns.add(
          new ColumnView(
              name,
              any == null ? null : any.kind(),
              any == null ? null : any.statistic(),
              any == null ? 0 : any.threshold(),
              cells));
    }
    return new DriftTimelineView(
        deployment,
        timeline.model(),
        timeline.version(),
        from,
        to,
        step.toString(),
        steps,
        columns);
  }
}
