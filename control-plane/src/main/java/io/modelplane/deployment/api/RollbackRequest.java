package io.modelplane.deployment.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * {@code POST …/rollback}: back to {@code toRevision}, or when absent to the revision that was
 * stable before the current one.
 */
public record RollbackRequest(
    @Positive Integer toRevision, @NotBlank @Size(max = 1000) String reason) {}
