package io.modelplane.ui;

import io.modelplane.latency.service.LatencyWindows.Point;
import io.modelplane.latency.service.LatencyWindows.RevisionLatency;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * A latency chart as SVG geometry: one polyline per revision and percentile (p50 solid, p99 dashed)
 * over the window, on a shared linear millisecond axis. Pure; the page draws it without JavaScript.
 */
record LatencyChart(int width, int height, double maxMillis, List<Line> lines, List<Tick> ticks) {

  static final int WIDTH = 720;
  static final int HEIGHT = 220;
  private static final String[] COLOURS = {"#2563eb", "#dc2626", "#16a34a", "#9333ea", "#ea580c"};

  /** One series: SVG {@code points}, stroke colour and dash, and its legend label. */
  record Line(String label, String points, String colour, String dash) {}

  /** A horizontal grid line at {@code y} labelled with its latency. */
  record Tick(int y, String label) {}

  static LatencyChart of(List<RevisionLatency> revisions, Instant from, Instant to) {
    double max = 0;
    for (RevisionLatency r : revisions) {
      for (Point p : r.points()) {
        max = Math.max(max, p.summary().p99());
      }
    }
    double top = niceCeiling(max);
    List<Line> lines = new ArrayList<>();
    for (int i = 0; i < revisions.size(); i++) {
      RevisionLatency r = revisions.get(i);
      String colour = COLOURS[i % COLOURS.length];
      lines.add(
          line("r" + r.revision() + " p50", r, s -> s.summary().p50(), from, to, top, colour, ""));
      lines.add(
          line(
              "r" + r.revision() + " p99",
              r,
              s -> s.summary().p99(),
              from,
              to,
              top,
              colour,
              "6 4"));
    }
    List<Tick> ticks = new ArrayList<>();
    for (int i = 0; i <= 4; i++) {
      double value = top * i / 4;
      ticks.add(new Tick(y(value, top), String.format(Locale.ROOT, "%.1f ms", value)));
    }
    return new LatencyChart(WIDTH, HEIGHT, top, lines, ticks);
  }

  private static Line line(
      String label,
      RevisionLatency r,
      ToDoubleFunction<Point> value,
      Instant from,
      Instant to,
      double top,
      String colour,
      String dash) {
    double span = Math.max(1, to.toEpochMilli() - from.toEpochMilli());
    StringBuilder points = new StringBuilder();
    for (Point p : r.points()) {
      double x = (p.at().toEpochMilli() - from.toEpochMilli()) / span * WIDTH;
      points
          .append(
              String.format(
                  Locale.ROOT,
                  "%.1f,%d",
                  Math.max(0, Math.min(WIDTH, x)),
                  y(value.applyAsDouble(p), top)))
          .append(' ');
    }
    return new Line(label, points.toString().trim(), colour, dash);
  }

  private static int y(double value, double top) {
    return (int) Math.round(HEIGHT - value / top * HEIGHT);
  }

  /** 1, 2 or 5 times a power of ten, at least {@code value} (and at least 1 ms). */
  static double niceCeiling(double value) {
    double v = Math.max(value, 1);
    double magnitude = Math.pow(10, Math.floor(Math.log10(v)));
    for (double m : new double[] {1, 2, 5, 10}) {
      if (m * magnitude >= v) {
        return m * magnitude;
      }
    }
    return 10 * magnitude;
  }
}
