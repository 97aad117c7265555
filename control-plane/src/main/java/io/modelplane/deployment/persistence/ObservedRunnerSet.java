package io.modelplane.deployment.persistence;

import java.util.List;

/** What the reconciler last saw of one runner set, kept for the API and the UI. */
public record ObservedRunnerSet(
    String key, List<Integer> revisions, int desiredReplicas, int readyReplicas, String message) {}
