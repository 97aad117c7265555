package io.modelplane.runner.protocol;

/** The protocol's error body: {"error": "..."}. */
public record ErrorBody(String error) {}
