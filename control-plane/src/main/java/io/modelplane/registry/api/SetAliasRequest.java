package io.modelplane.registry.api;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Body of {@code PUT …/aliases/{alias}}. */
public record SetAliasRequest(@NotNull @Min(1) Integer version, @Size(max = 1000) String reason) {}
