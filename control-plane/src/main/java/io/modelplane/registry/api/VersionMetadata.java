package io.modelplane.registry.api;

import io.modelplane.registry.inspect.ModelSignature;
import io.modelplane.registry.persistence.Lineage;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Map;

/** The {@code metadata} part of a version registration (multipart/form-data). */
public record VersionMetadata(
    @NotBlank String engine,
    @Pattern(regexp = "^[0-9a-f]{64}$", message = "must be 64 lower-case hex digits") String sha256,
    ModelSignature signature,
    @Size(max = 200) Map<@Size(min = 1, max = 100) String, Double> metrics,
    @Size(max = 200) Map<@Size(min = 1, max = 100) String, @Size(max = 1000) String> parameters,
    Lineage lineage,
    @Size(max = 5000) String description) {}
