package io.modelplane.privacy.service;

import io.modelplane.persistence.TenantWork;
import io.modelplane.privacy.persistence.ScanTarget;
import io.modelplane.privacy.report.Findings;
import io.modelplane.privacy.source.DataFormat;
import io.modelplane.registry.artifact.ArtifactStore;
import io.modelplane.registry.persistence.Baseline;
import io.modelplane.registry.service.BaselineService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;

/**
 * Scans a version's baseline as uploaded (CSV with header or JSON lines), streamed from the store.
 */
@ApplicationScoped
class BaselineScan {

  @Inject TenantWork tenantWork;
  @Inject BaselineService baselines;
  @Inject ArtifactStore store;

  ScanCounts scan(String tenant, ScanTarget target, Findings findings, ScanProgress progress)
      throws IOException {
    Baseline baseline =
        tenantWork.inTransaction(
            tenant, () -> baselines.get(tenant, target.model(), target.version()));
    DataFormat format = DataFormat.fromId(baseline.format).orElseThrow();
    try (InputStream in = store.open(tenant, baseline.sha256)) {
      return StreamScan.scan(in, format, baseline.size, findings, progress);
    }
  }
}
