package io.modelplane.privacy.service;

import io.modelplane.privacy.persistence.PrivacyRepository;
import io.modelplane.privacy.persistence.PrivacyScan;
import io.modelplane.privacy.persistence.ScanTarget;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;

/**
 * Accepts scans: checks the request (entity types, target), stores the scan as {@code pending} and
 * hands it to the {@link ScanWorker} once that is committed.
 */
@ApplicationScoped
public class ScanService {

  public static final String MANUAL = "manual";
  public static final String SCHEDULE = "schedule";

  @Inject PrivacyRepository repository;
  @Inject PrivacyDetectors detectors;
  @Inject ScanTargets targets;
  @Inject ScanWorker worker;
  @Inject PrivacyConfig config;
  @Inject Clock clock;

  /** Checks the entity filter first, so a bad request costs nothing (400 naming the field). */
  public void checkEntities(List<String> entities) {
    detectors.select(entities, "entities");
  }

  public PrivacyScan request(
      String tenant,
      ScanTargets.Spec spec,
      List<String> entities,
      Integer maxExamples,
      String trigger,
      String actor) {
    checkEntities(entities);
    ScanTarget target =
        QuarkusTransaction.requiringNew().call(() -> targets.resolve(tenant, spec, "target"));
    return create(tenant, target, entities, maxExamples, trigger, actor, null);
  }

  /** A scan of an uploaded file that {@link UploadStaging} accepted. */
  public PrivacyScan requestFile(
      String tenant,
      UploadStaging.Staged staged,
      String fileName,
      List<String> entities,
      Integer maxExamples,
      String actor) {
    ScanTarget target = ScanTarget.file(fileName, staged.format().id(), staged.size());
    try {
      return create(tenant, target, entities, maxExamples, MANUAL, actor, staged);
    } catch (RuntimeException e) {
      UploadStaging.delete(staged.file());
      throw e;
    }
  }

  /** A scan of a target already checked (a tenant's schedule). */
  public PrivacyScan scheduled(String tenant, ScanTarget target, List<String> entities) {
    return create(tenant, target, entities, null, SCHEDULE, "system", null);
  }

  public List<PrivacyScan> list(String tenant, Long before, int limit) {
    return QuarkusTransaction.joiningExisting().call(() -> repository.scans(tenant, before, limit));
  }

  public PrivacyScan get(String tenant, long id) {
    return QuarkusTransaction.joiningExisting().call(() -> repository.scan(tenant, id));
  }

  private PrivacyScan create(
      String tenant,
      ScanTarget target,
      List<String> entities,
      Integer maxExamples,
      String trigger,
      String actor,
      UploadStaging.Staged upload) {
    PrivacyScan scan =
        QuarkusTransaction.requiringNew()
            .call(
                () -> {
                  PrivacyScan s = new PrivacyScan();
                  s.tenant = tenant;
                  s.trigger = trigger;
                  s.target = target;
                  s.entities =
                      entities == null || entities.isEmpty() ? null : List.copyOf(entities);
                  s.maxExamples =
                      maxExamples != null ? maxExamples : Math.min(20, config.maxExamples());
                  s.status = PrivacyScan.PENDING;
                  s.requestedBy = actor;
                  s.requestedAt = clock.instant();
                  s.heartbeatAt = s.requestedAt;
                  s.uploadPath = upload == null ? null : upload.file().toString();
                  repository.persist(s);
                  return s;
                });
    worker.submit(tenant, scan.id);
    return scan;
  }
}
