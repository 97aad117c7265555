package io.modelplane.rollout;

import io.modelplane.backend.DeploymentKey;
import io.modelplane.config.InstanceId;
import io.modelplane.gateway.RevisionStats;
import io.modelplane.gateway.RevisionStats.Snapshot;
import io.modelplane.latency.persistence.LatencyBucket;
import io.modelplane.latency.persistence.LatencyBuckets;
import io.modelplane.monitoring.latency.LatencySketch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * What a canary step saw across every control-plane replica's gateway: the leader's own window
 * (exact from the step's start) plus the minutes the other replicas stored since the step began.
 * Another replica stores a minute once it has closed (within {@code modelplane.latency.flush} of
 * that), and only minutes that start after the step began are taken, so no earlier step's traffic
 * counts: the other replicas' requests join the gates up to a minute and a flush interval late,
 * never the leader's. With one replica this is the leader's window, unchanged.
 */
@ApplicationScoped
class StepMeasurements {

  @Inject RevisionStats local;
  @Inject LatencyBuckets buckets;
  @Inject InstanceId self;

  Snapshot snapshot(DeploymentKey key, long deploymentId, int revision, Instant stepStart) {
    List<LatencyBucket> others =
        buckets.minutesOfOtherReplicas(
            deploymentId, revision, self.get(), firstWholeMinute(stepStart));
    if (others.isEmpty()) {
      return local.snapshot(key, revision);
    }
    LatencySketch all = local.sketch(key, revision);
    others.forEach(b -> all.mergeWith(LatencySketch.of(b.sketch, b.requests, b.errors)));
    return Snapshot.of(all);
  }

  /** The first minute that starts at or after {@code at}. */
  static Instant firstWholeMinute(Instant at) {
    Instant floor = at.truncatedTo(ChronoUnit.MINUTES);
    return floor.equals(at) ? at : floor.plus(1, ChronoUnit.MINUTES);
  }
}
