package io.modelplane.registry.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Body of a stage-change request. */
public record StageRequestBody(@NotBlank String targetStage, @Size(max = 1000) String reason) {}
