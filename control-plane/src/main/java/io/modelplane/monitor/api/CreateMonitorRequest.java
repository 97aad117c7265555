package io.modelplane.monitor.api;

import java.util.List;

/**
 * A monitor: {@code latency} (the {@code quantile}, default 0.99, above {@code threshold} ms),
 * {@code error_rate} (above {@code threshold}), {@code drift} ({@code minColumns} or more drifted,
 * optionally among {@code columns}; {@code threshold} overrides each statistic's), {@code
 * no_traffic}; all over the trailing {@code window} (ISO-8601, PT1M to P31D).
 */
public record CreateMonitorRequest(
    String name,
    String kind,
    Double quantile,
    Double threshold,
    Integer minColumns,
    List<String> columns,
    String window) {}
