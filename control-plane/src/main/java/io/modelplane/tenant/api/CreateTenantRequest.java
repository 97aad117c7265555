package io.modelplane.tenant.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Body of {@code POST /api/v1/tenants}. */
public record CreateTenantRequest(
    @NotNull
        @Pattern(
            regexp = "^[a-z][a-z0-9-]{1,30}[a-z0-9]$",
            message =
                "must be a DNS label: 3-32 lower-case letters, digits or '-', starting with a letter")
        String slug,
    @NotBlank @Size(max = 200) String displayName,
    @NotNull @Min(0) @Max(100_000) Integer gpuQuota) {}
