package io.modelplane.monitor.service;

import io.modelplane.kernel.error.DomainException.FieldError;
import io.modelplane.kernel.error.InvalidInputException;
import io.modelplane.monitor.persistence.Monitor;
import io.modelplane.monitoring.rules.Condition;
import io.modelplane.monitoring.rules.Evaluator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** What a monitor may say, and the condition it watches for. Pure. */
public final class MonitorRules {

  static final Pattern NAME = Pattern.compile("^[a-z0-9]([a-z0-9-]{0,38}[a-z0-9])?$");
  static final Set<String> KINDS =
      Set.of(Monitor.LATENCY, Monitor.ERROR_RATE, Monitor.DRIFT, Monitor.NO_TRAFFIC);
  static final Duration SHORTEST = Duration.ofMinutes(1);
  static final Duration LONGEST = Duration.ofDays(31);

  private MonitorRules() {}

  /** A monitor as requested, before it is checked. */
  public record Spec(
      String name,
      String kind,
      Double quantile,
      Double threshold,
      Integer minColumns,
      List<String> columns,
      Duration window) {}

  /** Checks a requested monitor; every broken field is named. */
  public static void check(Spec s) {
    List<FieldError> errors = new ArrayList<>();
    if (s.name() == null || !NAME.matcher(s.name()).matches()) {
      errors.add(new FieldError("name", "must be a DNS label of at most 40 characters"));
    }
    if (!KINDS.contains(s.kind())) {
      errors.add(new FieldError("kind", "must be one of latency, error_rate, drift, no_traffic"));
    }
    if (s.window() == null
        || s.window().compareTo(SHORTEST) < 0
        || s.window().compareTo(LONGEST) > 0) {
      errors.add(new FieldError("window", "must be an ISO-8601 duration from PT1M to P31D"));
    }
    if (Monitor.LATENCY.equals(s.kind())) {
      if (s.quantile() != null && !Evaluator.QUANTILES.contains(s.quantile())) {
        errors.add(new FieldError("quantile", "must be one of " + Evaluator.QUANTILES));
      }
      if (s.threshold() == null || !(s.threshold() > 0)) {
        errors.add(new FieldError("threshold", "must be a latency in milliseconds above 0"));
      }
    }
    if (Monitor.ERROR_RATE.equals(s.kind())
        && (s.threshold() == null || !(s.threshold() >= 0 && s.threshold() < 1))) {
      errors.add(new FieldError("threshold", "must be an error rate in [0, 1)"));
    }
    if (Monitor.DRIFT.equals(s.kind())) {
      if (s.minColumns() == null || s.minColumns() < 1) {
        errors.add(new FieldError("minColumns", "must be at least 1"));
      }
      if (s.threshold() != null && !(s.threshold() > 0)) {
        errors.add(new FieldError("threshold", "must be above 0 (overrides each statistic's)"));
      }
    }
    InvalidInputException.throwIfAny(errors);
  }

  /** The condition a stored monitor watches for. */
  public static Condition condition(Monitor m) {
    return switch (m.kind) {
      case Monitor.LATENCY ->
          new Condition.LatencyAbove(m.quantile == null ? 0.99 : m.quantile, m.threshold);
      case Monitor.ERROR_RATE -> new Condition.ErrorRateAbove(m.threshold, 1);
      case Monitor.DRIFT -> new Condition.DriftedColumns(m.minColumns);
      case Monitor.NO_TRAFFIC -> new Condition.NoTraffic();
      default -> throw new IllegalStateException("unknown monitor kind " + m.kind);
    };
  }
}
