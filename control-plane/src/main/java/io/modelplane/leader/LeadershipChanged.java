package io.modelplane.leader;

/**
 * This replica started ({@code leading}) or stopped leading; fired asynchronously, so observers use
 * {@code @ObservesAsync}.
 */
public record LeadershipChanged(boolean leading, String identity) {}
