package io.modelplane.latency.api;

import io.modelplane.latency.service.LatencyWindows.RevisionLatency;
import java.time.Instant;
import java.util.List;

/**
 * A deployment's latency over [from, to): per revision the merged percentiles (ms), rate and error
 * rate, and chart points of {@code step}. {@code noData} says no request was served in the window.
 */
public record LatencyView(
    String deployment,
    Instant from,
    Instant to,
    String step,
    boolean noData,
    List<RevisionLatency> revisions) {}
