package io.modelplane.backend;

import java.util.List;

/**
 * What the runtime observes of one runner set.
 *
 * @param key the runner set's key
 * @param desiredReplicas replicas the runtime is asked to run
 * @param readyReplicas replicas that are ready
 * @param replicas the replicas with their addresses (ready or not)
 * @param message a human explanation when not all are ready (crash loop, unschedulable, …), or ""
 */
public record RunnerSetStatus(
    String key, int desiredReplicas, int readyReplicas, List<Replica> replicas, String message) {
  public RunnerSetStatus {
    replicas = List.copyOf(replicas);
  }
}
