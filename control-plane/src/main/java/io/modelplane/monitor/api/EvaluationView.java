package io.modelplane.monitor.api;

import io.modelplane.monitoring.rules.Evaluation;

/** An on-demand evaluation's verdict. */
public record EvaluationView(
    String monitor, String state, Double value, Double threshold, String detail) {

  static EvaluationView of(String monitor, Evaluation e) {
    return new EvaluationView(
        monitor,
        e.noData() ? "no_data" : e.breached() ? "firing" : "ok",
        Double.isFinite(e.value()) ? e.value() : null,
        Double.isFinite(e.threshold()) ? e.threshold() : null,
        e.detail());
  }
}
