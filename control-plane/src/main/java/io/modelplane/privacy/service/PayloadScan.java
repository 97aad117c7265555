package io.modelplane.privacy.service;

import io.modelplane.deployment.persistence.DeploymentRepository;
import io.modelplane.deployment.persistence.PayloadSample;
import io.modelplane.kernel.error.UnprocessableException;
import io.modelplane.persistence.TenantWork;
import io.modelplane.privacy.persistence.PayloadSampleStore;
import io.modelplane.privacy.persistence.ScanTarget;
import io.modelplane.privacy.report.Findings;
import io.modelplane.privacy.source.JsonValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Scans a deployment's sampled payloads in a time window, page by page (one short transaction
 * each), under JSON paths prefixed {@code request.} and {@code response.}.
 */
@ApplicationScoped
class PayloadScan {

  private static final int PAGE = 500;

  @Inject TenantWork tenantWork;
  @Inject DeploymentRepository deployments;
  @Inject PayloadSampleStore samples;

  ScanCounts scan(String tenant, ScanTarget target, Findings findings, ScanProgress progress) {
    long deploymentId =
        tenantWork.inTransaction(
            tenant,
            () ->
                deployments
                    .find(tenant, target.deployment())
                    .orElseThrow(
                        () ->
                            new UnprocessableException(
                                "target.deployment",
                                "deployment '" + target.deployment() + "' does not exist"))
                    .id);
    long total =
        tenantWork.inTransaction(
            tenant, () -> samples.count(tenant, deploymentId, target.from(), target.to()));
    long done = 0;
    long after = 0;
    while (true) {
      long cursor = after;
      List<PayloadSample> page =
          tenantWork.inTransaction(
              tenant,
              () -> samples.page(tenant, deploymentId, target.from(), target.to(), cursor, PAGE));
      if (page.isEmpty()) {
        return new ScanCounts(done, 0);
      }
      for (PayloadSample sample : page) {
        JsonValues.walk(sample.request, "request", findings);
        JsonValues.walk(sample.response, "response", findings);
      }
      done += page.size();
      after = page.getLast().id;
      progress.report(total == 0 ? 0 : (double) done / total, done, 0);
    }
  }
}
