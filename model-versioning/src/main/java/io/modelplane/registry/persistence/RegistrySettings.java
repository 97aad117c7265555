package io.modelplane.registry.persistence;

/** Per-tenant registry policy. */
public record RegistrySettings(int productionApprovals, boolean multipleProduction) {}
