package io.modelplane.gateway;

import java.util.List;

/**
 * How the gateway serves one deployment: its revisions with their traffic weights and replicas, and
 * the payload sampling rate.
 */
public record Route(
    long deploymentId,
    String tenant,
    String deployment,
    double sampling,
    List<RevisionRoute> revisions) {

  public Route {
    revisions = List.copyOf(revisions);
  }

  /**
   * A revision by traffic weight among those with a ready replica; when the weighted choice has
   * none ready (a canary still starting) the others share its traffic. Null when nothing is ready.
   */
  public RevisionRoute pick(double random) {
    int total = 0;
    for (RevisionRoute r : revisions) {
      if (r.weight() > 0 && r.hasReadyReplica()) {
        total += r.weight();
      }
    }
    if (total == 0) {
      return null;
    }
    double point = random * total;
    for (RevisionRoute r : revisions) {
      if (r.weight() > 0 && r.hasReadyReplica()) {
        point -= r.weight();
        if (point < 0) {
          return r;
        }
      }
    }
    return revisions.stream()
        .filter(r -> r.weight() > 0 && r.hasReadyReplica())
        .reduce((a, b) -> b)
        .orElse(null);
  }
}
