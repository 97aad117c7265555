package io.modelplane.deployment.service;

import io.modelplane.deployment.persistence.Deployment;
import io.modelplane.deployment.persistence.TrafficShare;
import io.modelplane.deployment.persistence.WarmRevision;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * How traffic moves between a deployment's revisions. Whatever loses its share stays warm for the
 * warm period, so moving back is a routing change, not a start-up. Pure functions over the entity.
 */
public final class Traffic {

  private Traffic() {}

  /** All traffic to {@code revision} at once. */
  public static void all(Deployment d, int revision, Instant now, Duration warmFor) {
    set(d, List.of(new TrafficShare(revision, 100)), now, warmFor);
  }

  /** {@code canaryWeight} percent to the canary, the rest to the stable revision. */
  public static void split(
      Deployment d, int stable, int canary, int canaryWeight, Instant now, Duration warmFor) {
    if (canaryWeight >= 100) {
      all(d, canary, now, warmFor);
      return;
    }
    set(
        d,
        List.of(
            new TrafficShare(stable, 100 - canaryWeight), new TrafficShare(canary, canaryWeight)),
        now,
        warmFor);
  }

  /** No traffic at all (the deployment is being deleted); nothing stays warm. */
  public static void none(Deployment d) {
    d.traffic = new ArrayList<>();
    d.warm = new ArrayList<>();
  }

  /**
   * Revisions whose replicas must run now: those with traffic, then those still warm, each once.
   */
  public static List<Integer> running(Deployment d, Instant now) {
    Set<Integer> revisions = new LinkedHashSet<>();
    d.traffic.stream().filter(t -> t.weight() > 0).forEach(t -> revisions.add(t.revision()));
    d.warm.stream().filter(w -> w.until().isAfter(now)).forEach(w -> revisions.add(w.revision()));
    return List.copyOf(revisions);
  }

  /** Drops warm entries that expired; true when something was dropped. */
  public static boolean expireWarm(Deployment d, Instant now) {
    return d.warm.removeIf(w -> !w.until().isAfter(now));
  }

  private static void set(Deployment d, List<TrafficShare> shares, Instant now, Duration warmFor) {
    List<TrafficShare> before = d.traffic;
    List<WarmRevision> warm = new ArrayList<>(d.warm);
    Set<Integer> routed = new LinkedHashSet<>();
    shares.forEach(s -> routed.add(s.revision()));
    warm.removeIf(w -> routed.contains(w.revision()) || !w.until().isAfter(now));
    for (TrafficShare old : before) {
      if (!routed.contains(old.revision()) && old.weight() > 0) {
        warm.removeIf(w -> w.revision() == old.revision());
        warm.add(new WarmRevision(old.revision(), now.plus(warmFor)));
      }
    }
    d.traffic = new ArrayList<>(shares);
    d.warm = warm;
  }
}
