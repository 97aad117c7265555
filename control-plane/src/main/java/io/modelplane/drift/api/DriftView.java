package io.modelplane.drift.api;

import io.modelplane.monitoring.drift.ColumnDrift;
import io.modelplane.monitoring.table.Problem;
import java.time.Instant;
import java.util.List;

/**
 * A deployment's drift over [from, to) against the baseline of {@code model} v{@code version}: per
 * column the statistic, value, threshold, verdict and both histograms; the dataset verdict; {@code
 * noData} when no request was sampled in the window; input problems found on the way. {@code
 * storedSamples} of the {@code samples} were read from profiles built at ingest, the rest were
 * profiled from the stored samples at query time.
 */
public record DriftView(
    String deployment,
    String model,
    int version,
    Instant from,
    Instant to,
    long samples,
    long storedSamples,
    boolean noData,
    boolean datasetDrift,
    double driftShare,
    int driftedColumns,
    List<ColumnDrift> columns,
    List<Problem> problems) {}
