package io.modelplane.latency.service;

import io.modelplane.monitoring.latency.MinuteRecorder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The gateway's latency per deployment revision and minute, kept in memory until the minute closes
 * and {@link LatencyFlusher} stores it. Recording is one map update on the request path.
 */
@ApplicationScoped
public class LatencyRecorder {

  /** What one latency series is about. */
  public record Series(String tenant, long deploymentId, int revision) {}

  @Inject Clock clock;

  private final MinuteRecorder<Series> minutes = new MinuteRecorder<>();

  public void record(String tenant, long deploymentId, int revision, long nanos, boolean error) {
    record(new Series(tenant, deploymentId, revision), clock.instant(), nanos / 1e6, error);
  }

  public void record(Series series, Instant at, double millis, boolean error) {
    minutes.record(series, at, millis, error);
  }

  List<MinuteRecorder.Closed<Series>> closed() {
    return minutes.drainClosed(clock.instant());
  }

  List<MinuteRecorder.Closed<Series>> all() {
    return minutes.drainAll();
  }
}
