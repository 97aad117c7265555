package io.modelplane.privacy.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Body of {@code POST …/privacy-scans} (JSON): what to scan, optionally only some entity types
 * ({@code ["email", "us_ssn"]}) and how many masked examples to keep per finding (0–20).
 */
public record ScanRequest(
    @Valid @NotNull TargetBody target,
    @Size(max = 50) List<String> entities,
    @Min(0) @Max(20) Integer maxExamples) {}
