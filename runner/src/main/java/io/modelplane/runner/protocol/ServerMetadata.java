package io.modelplane.runner.protocol;

import java.util.List;

/** GET /v2. */
public record ServerMetadata(String name, String version, List<String> extensions) {}
