package io.modelplane.deployment.persistence;

import java.time.Instant;

/**
 * One evaluation of a canary step's gates: what was measured for the canary and the stable revision
 * and whether the step passed.
 */
public record GateResult(
    int step,
    int weight,
    Instant evaluatedAt,
    long canaryRequests,
    double canaryErrorRate,
    double canaryP99Ms,
    long stableRequests,
    double stableP99Ms,
    boolean passed,
    String detail) {}
