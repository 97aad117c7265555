package io.modelplane.backend;

import java.util.List;

/**
 * One set of identical runner replicas the runtime must keep running.
 *
 * @param key {@link RunnerSpec#key()}
 * @param revisions the deployment revisions served by this set, newest first (labels show the
 *     newest)
 * @param spec what runs
 */
public record RunnerSet(String key, List<Integer> revisions, RunnerSpec spec) {
  public RunnerSet {
    revisions = List.copyOf(revisions);
  }

  public int newestRevision() {
    return revisions.getFirst();
  }
}
