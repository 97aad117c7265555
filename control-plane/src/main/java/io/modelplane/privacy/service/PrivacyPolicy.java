package io.modelplane.privacy.service;

import io.modelplane.privacy.persistence.ScanSchedule;
import io.modelplane.privacy.redact.RedactionMode;
import java.time.Instant;

/**
 * A tenant's privacy policy as the application uses it.
 *
 * @param retentionDays days payload samples are kept, or null to keep them until erased
 * @param version the settings row's version (the ETag); 0 when the defaults apply
 * @param updatedBy null when the defaults apply
 */
public record PrivacyPolicy(
    RedactionMode redaction,
    Integer retentionDays,
    ScanSchedule schedule,
    long version,
    Instant updatedAt,
    String updatedBy) {}
