package io.modelplane.registry.baseline;

/**
 * One column of a baseline as profiled at upload: its type (inferred or overridden), how many
 * values were present, and how many distinct values were seen (capped, see {@link ColumnProfiler}).
 */
public record BaselineColumn(
    String name, String type, boolean inferred, long present, long distinct) {}
