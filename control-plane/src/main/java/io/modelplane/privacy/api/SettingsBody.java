package io.modelplane.privacy.api;

import io.modelplane.privacy.persistence.ScanSchedule;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * Body of {@code PUT …/privacy-settings}: redaction of sampled payloads ({@code off}, {@code mask},
 * {@code hash}), days samples are kept (null = until erased), and an optional scheduled scan.
 */
public record SettingsBody(
    @NotNull String redaction,
    @Min(1) @Max(3650) Integer retentionDays,
    ScanSchedule scanSchedule) {}
