package io.modelplane.deployment.service;

/** The exact model version a revision serves, resolved from a version number or an alias. */
public record ModelTarget(String model, int version, String engine, String artifactSha256) {}
