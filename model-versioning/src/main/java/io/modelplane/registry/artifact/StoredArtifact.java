package io.modelplane.registry.artifact;

/** A stored artifact: its content address and plaintext size in bytes. */
public record StoredArtifact(String tenant, String sha256, long size) {}
