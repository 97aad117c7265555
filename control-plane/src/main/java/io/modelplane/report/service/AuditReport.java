package io.modelplane.report.service;

import java.time.Instant;
import java.util.List;

/**
 * An audit report of one tenant and period, as the JSON format shows it completely. The other
 * formats are renderings of this record.
 */
public record AuditReport(
    String schema,
    long reportId,
    String tenant,
    Instant from,
    Instant to,
    Instant generatedAt,
    String generatedBy,
    List<ControlMapping> mapping,
    Sections.Inventory inventory,
    Sections.Production production,
    Sections.Monitoring monitoring,
    Sections.Privacy privacy,
    Sections.Access access,
    ChainEvidence chain) {

  public static final String SCHEMA = "modelplane.audit-report/v1";
}
