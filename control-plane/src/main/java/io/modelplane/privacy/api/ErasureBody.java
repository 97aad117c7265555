package io.modelplane.privacy.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Body of {@code POST …/erasure-requests}: the identifier of the person (e-mail, id, …). */
public record ErasureBody(@NotBlank @Size(max = 1000) String subject) {}
