package io.modelplane.registry.api;

import io.modelplane.kernel.tenancy.AuditedResource;
import io.modelplane.registry.persistence.Approval;
import io.modelplane.registry.persistence.PromotionRequest;
import java.time.Instant;
import java.util.List;

/** A stage-change request with its decisions so far. */
public record PromotionView(
    long id,
    String targetStage,
    String state,
    int requiredApprovals,
    String requestedBy,
    Instant requestedAt,
    String reason,
    Instant decidedAt,
    List<Decision> decisions,
    String tenant)
    implements AuditedResource {

  /** One admin's decision. */
  public record Decision(String approver, String decision, String comment, Instant at) {}

  public static PromotionView of(PromotionRequest r, List<Approval> approvals) {
    return new PromotionView(
        r.id,
        r.targetStage,
        r.state,
        r.requiredApprovals,
        r.requestedBy,
        r.requestedAt,
        r.reason,
        r.decidedAt,
        approvals.stream()
            .map(a -> new Decision(a.approver, a.decision, a.comment, a.occurredAt))
            .toList(),
        r.tenant);
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
