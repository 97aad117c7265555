package io.modelplane.latency.service;

import io.modelplane.latency.persistence.LatencyBucket;
import io.modelplane.latency.persistence.LatencyBuckets;
import io.modelplane.monitoring.latency.LatencySketch;
import io.modelplane.monitoring.latency.LatencySummary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A deployment's latency over a window, per revision: the exact merge of every stored sketch that
 * covers it. Whole hours come from hour roll-ups where they exist, everything else from minute rows
 * (all replicas'), so windows of minutes to 30 days cost at most a few thousand merges.
 */
@ApplicationScoped
@Transactional
public class LatencyWindows {

  /** A window's verdict for one revision, with points for a chart. */
  public record RevisionLatency(int revision, LatencySummary summary, List<Point> points) {}

  /** One chart point: the bucket starting at {@code at}. */
  public record Point(Instant at, LatencySummary summary) {}

  @Inject LatencyBuckets buckets;

  /**
   * Minutes whose start lies in [from, to) are counted. Points are per minute for windows up to six
   * hours, per hour beyond.
   */
  public List<RevisionLatency> window(long deploymentId, Instant from, Instant to) {
    double seconds = Duration.between(from, to).toMillis() / 1000.0;
    List<RevisionLatency> result = new ArrayList<>();
    collect(deploymentId, from, to)
        .forEach(
            (revision, points) -> {
              LatencySketch total = LatencySketch.empty();
              List<Point> chart = new ArrayList<>();
              points.forEach(
                  (at, bucket) -> {
                    total.mergeWith(bucket.sketch);
                    chart.add(new Point(at, bucket.sketch.summary(bucket.seconds)));
                  });
              result.add(new RevisionLatency(revision, total.summary(seconds), chart));
            });
    return result;
  }

  /** All revisions together: what a monitor of the deployment judges. */
  public LatencySummary total(long deploymentId, Instant from, Instant to) {
    LatencySketch total = LatencySketch.empty();
    collect(deploymentId, from, to)
        .values()
        .forEach(points -> points.values().forEach(b -> total.mergeWith(b.sketch)));
    return total.summary(Duration.between(from, to).toMillis() / 1000.0);
  }

  private Map<Integer, TreeMap<Instant, Bucket>> collect(
      long deploymentId, Instant from, Instant to) {
    Duration step = step(from, to);
    Map<Integer, TreeMap<Instant, Bucket>> perRevision = new TreeMap<>();
    Set<String> rolledUp = new HashSet<>();
    for (LatencyBucket hour : buckets.between(deploymentId, LatencyBucket.HOUR, from, to)) {
      if (!hour.bucketStart.plus(Duration.ofHours(1)).isAfter(to)) {
        rolledUp.add(hour.revision + "@" + hour.bucketStart);
        add(perRevision, hour, step);
      }
    }
    for (LatencyBucket minute : buckets.between(deploymentId, LatencyBucket.MINUTE, from, to)) {
      Instant hour = minute.bucketStart.truncatedTo(ChronoUnit.HOURS);
      if (!rolledUp.contains(minute.revision + "@" + hour)) {
        add(perRevision, minute, step);
      }
    }
    return perRevision;
  }

  /** Chart resolution: minutes for windows up to six hours, hours beyond. */
  public static Duration step(Instant from, Instant to) {
    return Duration.between(from, to).compareTo(Duration.ofHours(6)) <= 0
        ? Duration.ofMinutes(1)
        : Duration.ofHours(1);
  }

  private static void add(
      Map<Integer, TreeMap<Instant, Bucket>> perRevision, LatencyBucket row, Duration step) {
    boolean hourRow = LatencyBucket.HOUR.equals(row.resolution);
    Instant point =
        step.toMinutes() == 1 ? row.bucketStart : row.bucketStart.truncatedTo(ChronoUnit.HOURS);
    Bucket bucket =
        perRevision
            .computeIfAbsent(row.revision, r -> new TreeMap<>())
            .computeIfAbsent(point, p -> new Bucket());
    bucket.sketch.mergeWith(LatencySketch.of(row.sketch, row.requests, row.errors));
    bucket.seconds = Math.max(bucket.seconds, hourRow ? 3600 : step.toSeconds());
  }

  /** A chart point being assembled: merged sketch and the time it covers. */
  private static final class Bucket {
    final LatencySketch sketch = LatencySketch.empty();
    long seconds;
  }
}
