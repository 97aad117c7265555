package io.modelplane.monitoring.rules;

/**
 * What a monitor (or a canary gate) watches for. Each condition is breached by an {@link
 * Observation} or not; {@link Evaluator} decides, the same way for monitors and canary gates.
 */
public sealed interface Condition {

  /** The {@code quantile} latency is above {@code limitMillis}. */
  record LatencyAbove(double quantile, double limitMillis) implements Condition {}

  /**
   * The {@code quantile} latency is above {@code ratio} times the reference's (taken as at least
   * {@code floorMillis}, so sub-millisecond noise breaches nothing). Without reference traffic it
   * cannot be judged and is not breached.
   */
  record LatencyAboveReference(double quantile, double ratio, double floorMillis)
      implements Condition {}

  /** The error rate is above {@code maxRate}, judged once there are {@code minRequests}. */
  record ErrorRateAbove(double maxRate, long minRequests) implements Condition {}

  /** Nothing was served in the window. */
  record NoTraffic() implements Condition {}

  /** At least {@code minColumns} columns drifted. */
  record DriftedColumns(int minColumns) implements Condition {}
}
