package io.modelplane.registry.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Map;

/** Body of {@code POST …/models}. */
public record CreateModelRequest(
    @NotNull @Pattern(regexp = Names.DNS_LABEL, message = Names.DNS_LABEL_MESSAGE) String name,
    @Size(max = 5000) String description,
    @NotBlank
        @Pattern(
            regexp = "^[a-z][a-z0-9-]{0,62}$",
            message = "must be a lower-case word such as text-embedding or classification")
        String task,
    @Size(max = 50) Map<@Size(min = 1, max = 100) String, @Size(max = 500) String> tags,
    @Size(max = 200) String owner) {}
