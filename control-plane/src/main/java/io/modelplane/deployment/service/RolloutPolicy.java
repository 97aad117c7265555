package io.modelplane.deployment.service;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Duration;
import java.util.List;

/**
 * How a new revision takes traffic: at once ({@code direct}) or in canary steps, each held for a
 * minimum time and number of requests while the SLO gates hold.
 */
public record RolloutPolicy(String strategy, List<Step> steps, Gates gates) {

  public static final String DIRECT = "direct";
  public static final String CANARY = "canary";

  public RolloutPolicy {
    steps = steps == null ? List.of() : List.copyOf(steps);
  }

  public static RolloutPolicy direct() {
    return new RolloutPolicy(DIRECT, List.of(), null);
  }

  @JsonIgnore
  public boolean isCanary() {
    return CANARY.equals(strategy);
  }

  /**
   * One canary step: the canary's traffic share in percent, held at least {@code minDuration} and
   * {@code minRequests} canary requests before the gates decide.
   */
  public record Step(int weight, String minDuration, long minRequests) {
    @JsonIgnore
    public Duration duration() {
      return Durations.parse(minDuration);
    }
  }

  /**
   * SLO gates of the canary: its error rate (5xx and failures over requests) at most {@code
   * maxErrorRate}; its p99 latency at most {@code maxP99Ratio} times the stable revision's over the
   * same step; and a ready replica within {@code readyTimeout} of a step's start (default 10m, as
   * Argo Rollouts' progress deadline), else the rollout is aborted instead of waiting forever.
   */
  public record Gates(double maxErrorRate, double maxP99Ratio, String readyTimeout) {
    public static final String DEFAULT_READY_TIMEOUT = "10m";

    public static Gates defaults() {
      return new Gates(0.01, 1.5, DEFAULT_READY_TIMEOUT);
    }

    @JsonIgnore
    public Duration readyDeadline() {
      return Durations.parse(readyTimeout == null ? DEFAULT_READY_TIMEOUT : readyTimeout);
    }
  }
}
