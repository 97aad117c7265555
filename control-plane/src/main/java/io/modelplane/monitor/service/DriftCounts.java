package io.modelplane.monitor.service;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * How many of a deployment's input columns drifted over a window, for drift monitors; empty when
 * the window holds no sampled requests.
 */
public interface DriftCounts {

  Optional<Integer> driftedColumns(
      String tenant,
      long deploymentId,
      List<String> columns,
      Double threshold,
      Instant from,
      Instant to);

  /** The columns a drift monitor of the deployment may name (its baseline's). */
  List<String> columns(String tenant, long deploymentId);
}
