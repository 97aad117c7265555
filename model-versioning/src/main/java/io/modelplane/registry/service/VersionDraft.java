package io.modelplane.registry.service;

import io.modelplane.registry.inspect.Engine;
import io.modelplane.registry.inspect.ModelSignature;
import io.modelplane.registry.persistence.Lineage;
import java.util.Map;
import java.util.Optional;

/** What a pipeline declares about a version it registers; the artifact comes separately. */
public record VersionDraft(
    Engine engine,
    Optional<String> sha256,
    Optional<ModelSignature> signature,
    Map<String, Double> metrics,
    Map<String, String> parameters,
    Lineage lineage,
    String description) {}
