package io.modelplane.report.api;

import jakarta.validation.constraints.Size;

/**
 * Body of {@code POST …/reports}: {@code kind} ({@code audit}), the period as ISO-8601 instants
 * ({@code from} defaults to 30 days before {@code to}, {@code to} to now) and the {@code format}
 * ({@code json}, {@code csv} or {@code pdf}). Checked by {@code ReportSpec}, which names the field.
 */
public record CreateReportRequest(
    @Size(max = 40) String kind,
    @Size(max = 40) String from,
    @Size(max = 40) String to,
    @Size(max = 10) String format) {}
