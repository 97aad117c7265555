package io.modelplane.privacy.api;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * A scan target: {@code {"type": "baseline", "model": "m", "version": 1}}, {@code {"type":
 * "payloads", "deployment": "d", "window": "24h"}} (or {@code from}/{@code to}), {@code {"type":
 * "metadata", "model": "m"}} (model and version optional).
 */
public record TargetBody(
    @Size(max = 20) String type,
    @Size(max = 100) String model,
    @Min(1) Integer version,
    @Size(max = 100) String deployment,
    Instant from,
    Instant to,
    @Size(max = 40) String window) {}
