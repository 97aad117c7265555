package io.modelplane.privacy.persistence;

import java.util.List;

/** One finding as stored with its scan: masked examples only. */
public record StoredFinding(
    String location, String entity, String severity, long count, List<String> examples) {}
