package io.modelplane.monitoring.latency;

/** What a latency sketch says about an interval; latencies in milliseconds. */
public record LatencySummary(
    long requests,
    long errors,
    double p50,
    double p90,
    double p95,
    double p99,
    double p999,
    double rps,
    double errorRate) {}
