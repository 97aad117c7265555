package io.modelplane.privacy.scan;

/** One entity found in a text: {@code text.substring(start, end)} is its value. */
public record Detection(EntityType type, int start, int end) {}
