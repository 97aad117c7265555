package io.modelplane.deployment.persistence;

import java.time.Instant;

/**
 * A revision that lost its traffic but keeps running until {@code until}, so that rolling back to
 * it moves traffic at once instead of waiting for new replicas.
 */
public record WarmRevision(int revision, Instant until) {}
