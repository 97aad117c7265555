package io.modelplane.registry.service;

import io.modelplane.kernel.error.AccessDeniedException;
import io.modelplane.kernel.error.ConflictException;
import io.modelplane.kernel.error.UnprocessableException;
import io.modelplane.registry.persistence.Approval;
import io.modelplane.registry.persistence.ModelVersion;
import io.modelplane.registry.persistence.PromotionRequest;
import io.modelplane.registry.persistence.RegisteredModel;
import io.modelplane.registry.persistence.RegistryRepository;
import io.modelplane.registry.persistence.StageTransition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Stage transitions. Staging and archiving apply at once; production waits for approvals by tenant
 * admins other than the version's registrant and the requester (four-eyes, 1 or 2 per tenant
 * setting). Decisions serialise on the request's row lock, so no approval is lost or counted twice.
 */
@ApplicationScoped
public class PromotionService {

  private static final String PENDING = "pending";

  @Inject RegistryRepository repository;
  @Inject Clock clock;

  @Transactional
  public PromotionRequest request(
      String tenant, String modelName, int number, Stage target, String reason, String actor) {
    RegisteredModel model = repository.lockModel(tenant, modelName);
    ModelVersion version = repository.version(model, number);
    if (target == Stage.NONE) {
      throw new UnprocessableException("targetStage", "must be staging, production or archived");
    }
    if (target.id().equals(version.stage)) {
      throw new ConflictException("version " + number + " is already in " + target.id());
    }
    boolean pendingExists =
        repository.promotions(version).stream()
            .anyMatch(p -> p.state.equals(PENDING) && p.targetStage.equals(target.id()));
    if (pendingExists) {
      throw new ConflictException(
          "a request to move version " + number + " to " + target.id() + " is pending");
    }
    PromotionRequest request = new PromotionRequest();
    request.tenant = tenant;
    request.versionId = version.id;
    request.targetStage = target.id();
    request.requestedBy = actor;
    request.requestedAt = clock.instant();
    request.reason = reason == null ? "" : reason;
    request.requiredApprovals =
        target == Stage.PRODUCTION ? repository.settings(tenant).productionApprovals() : 0;
    request.state = request.requiredApprovals == 0 ? "approved" : PENDING;
    repository.persist(request);
    repository.flush();
    if (request.requiredApprovals == 0) {
      request.decidedAt = request.requestedAt;
      apply(model, version, target, actor, request);
    }
    return request;
  }

  /** An admin approves or rejects a pending request; enough approvals move the version. */
  @Transactional
  public PromotionRequest decide(
      String tenant, long requestId, boolean approve, String comment, String approver) {
    PromotionRequest request = repository.lockPromotion(tenant, requestId);
    if (!request.state.equals(PENDING)) {
      throw new ConflictException(
          "promotion request " + requestId + " is already " + request.state);
    }
    ModelVersion version = repository.versionById(request.versionId);
    if (approver.equals(version.registeredBy) || approver.equals(request.requestedBy)) {
      throw new AccessDeniedException(
          "four-eyes: the registrant or requester cannot decide this request");
    }
    List<Approval> decisions = repository.approvals(requestId);
    if (decisions.stream().anyMatch(a -> a.approver.equals(approver))) {
      throw new ConflictException("you already decided on promotion request " + requestId);
    }
    repository.persist(approval(request, approve, comment, approver));
    long approvals =
        decisions.stream().filter(a -> a.decision.equals("approve")).count() + (approve ? 1 : 0);
    if (!approve) {
      close(request, "rejected");
    } else if (approvals >= request.requiredApprovals) {
      close(request, "approved");
      RegisteredModel model = repository.lockModel(tenant, version.model.name);
      apply(model, version, Stage.fromId(request.targetStage).orElseThrow(), approver, request);
    }
    repository.flush();
    return request;
  }

  @Transactional
  public PromotionRequest cancel(String tenant, long requestId, String actor) {
    PromotionRequest request = repository.lockPromotion(tenant, requestId);
    if (!request.state.equals(PENDING)) {
      throw new ConflictException(
          "promotion request " + requestId + " is already " + request.state);
    }
    if (!actor.equals(request.requestedBy)) {
      throw new AccessDeniedException("only the requester can cancel a promotion request");
    }
    close(request, "cancelled");
    return request;
  }

  @Transactional
  public List<PromotionRequest> list(String tenant, String modelName, int number) {
    return repository.promotions(repository.version(repository.model(tenant, modelName), number));
  }

  @Transactional
  public PromotionRequest get(String tenant, long requestId) {
    return repository.promotion(tenant, requestId);
  }

  @Transactional
  public List<Approval> approvals(String tenant, long requestId) {
    repository.promotion(tenant, requestId);
    return repository.approvals(requestId);
  }

  @Transactional
  public List<StageTransition> transitions(String tenant, String modelName, int number) {
    return repository.transitions(repository.version(repository.model(tenant, modelName), number));
  }

  private void apply(
      RegisteredModel model,
      ModelVersion version,
      Stage target,
      String actor,
      PromotionRequest request) {
    Instant now = clock.instant();
    if (target == Stage.PRODUCTION && !repository.settings(model.tenant).multipleProduction()) {
      for (ModelVersion other : repository.versionsInStage(model, Stage.PRODUCTION.id())) {
        move(
            other,
            Stage.ARCHIVED,
            actor,
            "replaced by version " + version.number + " in production",
            request,
            now);
      }
    }
    move(version, target, actor, request.reason, request, now);
  }

  private void move(
      ModelVersion version,
      Stage to,
      String actor,
      String reason,
      PromotionRequest request,
      Instant at) {
    StageTransition t = new StageTransition();
    t.tenant = version.tenant;
    t.versionId = version.id;
    t.fromStage = version.stage;
    t.toStage = to.id();
    t.actor = actor;
    t.occurredAt = at;
    t.reason = reason;
    t.promotionId = request.id;
    repository.persist(t);
    version.stage = to.id();
  }

  private void close(PromotionRequest request, String state) {
    request.state = state;
    request.decidedAt = clock.instant();
  }

  private Approval approval(
      PromotionRequest request, boolean approve, String comment, String approver) {
    Approval a = new Approval();
    a.tenant = request.tenant;
    a.promotionId = request.id;
    a.approver = approver;
    a.decision = approve ? "approve" : "reject";
    a.comment = comment == null ? "" : comment;
    a.occurredAt = clock.instant();
    return a;
  }
}
