package io.modelplane.deployment.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A manual decision (promote, abort) and why. */
public record ReasonRequest(@NotBlank @Size(max = 1000) String reason) {}
