package io.modelplane.backend;

/** Names one deployment across tenants. */
public record DeploymentKey(String tenant, String deployment) {}
