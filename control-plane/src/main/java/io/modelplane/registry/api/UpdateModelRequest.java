package io.modelplane.registry.api;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Map;

/** Body of {@code PATCH …/models/{model}}: fields left out stay as they are. */
public record UpdateModelRequest(
    @Size(max = 5000) String description,
    @Pattern(regexp = "^[a-z][a-z0-9-]{0,62}$", message = "must be a lower-case word") String task,
    @Size(max = 50) Map<@Size(min = 1, max = 100) String, @Size(max = 500) String> tags,
    @Size(max = 200) String owner) {}
