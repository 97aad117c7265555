package io.modelplane.monitoring.rules;

import io.modelplane.monitoring.latency.LatencySummary;
import io.modelplane.monitoring.rules.Condition.DriftedColumns;
import io.modelplane.monitoring.rules.Condition.ErrorRateAbove;
import io.modelplane.monitoring.rules.Condition.LatencyAbove;
import io.modelplane.monitoring.rules.Condition.LatencyAboveReference;
import io.modelplane.monitoring.rules.Condition.NoTraffic;

/** Decides whether an observation breaches a condition. Pure. */
public final class Evaluator {

  private Evaluator() {}

  public static Evaluation evaluate(Condition condition, Observation o) {
    return switch (condition) {
      case LatencyAbove c -> latency(c, o.latency());
      case LatencyAboveReference c -> relativeLatency(c, o.latency(), o.reference());
      case ErrorRateAbove c -> errorRate(c, o.latency());
      case NoTraffic c -> noTraffic(o.latency());
      case DriftedColumns c -> drift(c, o.driftedColumns());
    };
  }

  private static Evaluation latency(LatencyAbove c, LatencySummary s) {
    if (s == null || s.requests() == 0) {
      return Evaluation.noData("no requests in the window");
    }
    double value = quantile(s, c.quantile());
    return new Evaluation(
        value > c.limitMillis(),
        false,
        value,
        c.limitMillis(),
        "p%s %.2f ms (limit %.2f ms) over %d requests"
            .formatted(label(c.quantile()), value, c.limitMillis(), s.requests()));
  }

  private static Evaluation relativeLatency(
      LatencyAboveReference c, LatencySummary s, LatencySummary reference) {
    if (s == null || s.requests() == 0) {
      return Evaluation.noData("no requests in the window");
    }
    double value = quantile(s, c.quantile());
    if (reference == null || reference.requests() == 0) {
      return new Evaluation(false, false, value, Double.NaN, "no reference traffic to compare");
    }
    double referenceValue = quantile(reference, c.quantile());
    double limit = c.ratio() * Math.max(referenceValue, c.floorMillis());
    return new Evaluation(
        value > limit,
        false,
        value,
        limit,
        "p%s %.2f ms (max %.2f ms = %.2f × reference %.2f ms)"
            .formatted(label(c.quantile()), value, limit, c.ratio(), referenceValue));
  }

  private static Evaluation errorRate(ErrorRateAbove c, LatencySummary s) {
    if (s == null || s.requests() == 0) {
      return Evaluation.noData("no requests in the window");
    }
    boolean enough = s.requests() >= Math.max(1, c.minRequests());
    return new Evaluation(
        enough && s.errorRate() > c.maxRate(),
        false,
        s.errorRate(),
        c.maxRate(),
        "error rate %.4f (max %.4f) over %d requests"
            .formatted(s.errorRate(), c.maxRate(), s.requests()));
  }

  private static Evaluation noTraffic(LatencySummary s) {
    long requests = s == null ? 0 : s.requests();
    return new Evaluation(requests == 0, false, requests, 0, requests + " requests in the window");
  }

  private static Evaluation drift(DriftedColumns c, Integer drifted) {
    if (drifted == null) {
      return Evaluation.noData("no sampled requests in the window");
    }
    return new Evaluation(
        drifted >= c.minColumns(),
        false,
        drifted,
        c.minColumns(),
        "%d drifted columns (alert at %d)".formatted(drifted, c.minColumns()));
  }

  /** The quantiles a summary reports; monitors may watch only these. */
  public static final java.util.List<Double> QUANTILES =
      java.util.List.of(0.5, 0.9, 0.95, 0.99, 0.999);

  static double quantile(LatencySummary s, double q) {
    if (q == 0.5) {
      return s.p50();
    } else if (q == 0.9) {
      return s.p90();
    } else if (q == 0.95) {
      return s.p95();
    } else if (q == 0.99) {
      return s.p99();
    } else if (q == 0.999) {
      return s.p999();
    }
    throw new IllegalArgumentException("quantile must be one of " + QUANTILES);
  }

  private static String label(double q) {
    return q >= 0.999 ? "99.9" : Integer.toString((int) Math.round(q * 100));
  }
}
