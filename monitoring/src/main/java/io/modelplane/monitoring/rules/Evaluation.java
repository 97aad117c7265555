package io.modelplane.monitoring.rules;

/**
 * A condition's verdict: breached or not, or {@code noData} when the window holds nothing to judge
 * (a quiet deployment breaches no latency rule, and says so). {@code value} and {@code threshold}
 * are the evidence.
 */
public record Evaluation(
    boolean breached, boolean noData, double value, double threshold, String detail) {

  static Evaluation noData(String detail) {
    return new Evaluation(false, true, 0, 0, detail);
  }
}
