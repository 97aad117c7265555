package io.modelplane.monitoring.rules;

import io.modelplane.monitoring.latency.LatencySummary;

/**
 * What was measured over a window: latency of the watched revision(s), optionally of a reference (a
 * canary's stable revision), and, for drift, how many columns drifted (null when not known).
 */
public record Observation(
    LatencySummary latency, LatencySummary reference, Integer driftedColumns) {

  public static Observation of(LatencySummary latency) {
    return new Observation(latency, null, null);
  }

  public static Observation drift(int driftedColumns) {
    return new Observation(null, null, driftedColumns);
  }
}
