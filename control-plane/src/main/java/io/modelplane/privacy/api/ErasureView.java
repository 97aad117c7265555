package io.modelplane.privacy.api;

import io.modelplane.kernel.tenancy.AuditedResource;
import io.modelplane.privacy.persistence.ErasureRequest;
import java.time.Instant;
import java.util.Map;

/** The evidence of an erasure request; {@code subjectHash} is a keyed hash, never the subject. */
public record ErasureView(
    long id,
    String tenant,
    String status,
    String subjectHash,
    String requestedBy,
    Instant requestedAt,
    Instant completedAt,
    String requestId,
    long samplesDeleted,
    Map<String, Long> deletedByDeployment)
    implements AuditedResource {

  static ErasureView of(ErasureRequest e) {
    return new ErasureView(
        e.id,
        e.tenant,
        e.status,
        e.subjectHash,
        e.requestedBy,
        e.requestedAt,
        e.completedAt,
        e.requestId,
        e.samplesDeleted,
        e.deletedByDeployment);
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
