package io.modelplane.privacy.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.modelplane.kernel.tenancy.AuditedResource;
import io.modelplane.privacy.persistence.PrivacyScan;
import io.modelplane.privacy.persistence.ScanTarget;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A scan as shown: its state and progress, what it read, and (on the single-scan view) its
 * findings. Examples are masked for every caller; raw values are never stored.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ScanView(
    long id,
    String tenant,
    String status,
    double progress,
    String error,
    String trigger,
    ScanTarget target,
    List<String> entities,
    int maxExamples,
    String requestedBy,
    Instant requestedAt,
    Instant startedAt,
    Instant finishedAt,
    long records,
    long valuesScanned,
    long bytesScanned,
    Map<String, Long> totals,
    List<FindingView> findings)
    implements AuditedResource {

  public static ScanView summary(PrivacyScan s) {
    return of(s, null);
  }

  public static ScanView full(PrivacyScan s) {
    return of(s, s.findings.stream().map(FindingView::of).toList());
  }

  private static ScanView of(PrivacyScan s, List<FindingView> findings) {
    return new ScanView(
        s.id,
        s.tenant,
        s.status,
        s.progress,
        s.error,
        s.trigger,
        s.target,
        s.entities,
        s.maxExamples,
        s.requestedBy,
        s.requestedAt,
        s.startedAt,
        s.finishedAt,
        s.records,
        s.valuesScanned,
        s.bytesScanned,
        s.totals,
        findings);
  }

  @Override
  public String auditTenant() {
    return tenant;
  }

  @Override
  public String auditId() {
    return Long.toString(id);
  }
}
