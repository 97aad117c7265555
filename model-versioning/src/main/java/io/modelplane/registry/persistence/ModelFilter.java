package io.modelplane.registry.persistence;

/**
 * Filters and paging of the model list: by name prefix, task, tag ({@code key} or {@code
 * key=value}); sorted by name (cursor = last name) or creation (cursor = last id).
 */
public record ModelFilter(
    String namePrefix,
    String task,
    String tagKey,
    String tagValue,
    boolean sortByCreated,
    String after,
    int limit) {}
