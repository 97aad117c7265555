package io.modelplane.gateway;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/** One revision's share of a deployment's traffic and the replicas that serve it. */
public record RevisionRoute(
    int revision, int weight, String modelName, int modelVersion, List<ReplicaState> replicas) {

  public RevisionRoute {
    replicas = List.copyOf(replicas);
  }

  /** A ready replica whose breaker admits a request (closed, or its half-open trial is due). */
  public boolean hasReadyReplica() {
    return replicas.stream().anyMatch(r -> r.ready && r.breaker.admitsRequests());
  }

  /**
   * The ready replica with the fewest requests in flight, among two picked at random (power of two
   * choices: near-optimal, no global scan), skipping {@code exclude} and open breakers; null if
   * none.
   */
  public ReplicaState pick(ReplicaState exclude) {
    int n = replicas.size();
    if (n == 0) {
      return null;
    }
    ThreadLocalRandom random = ThreadLocalRandom.current();
    ReplicaState best = null;
    int start = random.nextInt(n);
    int examined = 0;
    for (int i = 0; i < n && examined < 2; i++) {
      ReplicaState candidate = replicas.get((start + i) % n);
      if (candidate == exclude || !candidate.ready || candidate.breaker.isOpen()) {
        continue;
      }
      examined++;
      if (best == null || candidate.outstanding.get() < best.outstanding.get()) {
        best = candidate;
      }
    }
    if (best == null) {
      // every candidate is excluded, not ready or open: a half-open breaker may allow a trial
      for (ReplicaState candidate : replicas) {
        if (candidate != exclude && candidate.ready && candidate.breaker.tryAcquire()) {
          return candidate;
        }
      }
      return null;
    }
    return best.breaker.tryAcquire() ? best : null;
  }
}
