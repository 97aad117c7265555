package io.modelplane.privacy.persistence;

import java.util.List;

/**
 * A tenant's recurring scan: every {@code every} (a duration such as {@code 24h} or {@code P7D}),
 * the target is scanned; a payload target covers the samples of the last interval.
 */
public record ScanSchedule(String every, ScanTarget target, List<String> entities) {}
