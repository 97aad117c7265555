package io.modelplane.registry.api;

import jakarta.validation.constraints.Size;

/** Body of an approval or rejection. */
public record DecisionBody(@Size(max = 1000) String comment) {}
