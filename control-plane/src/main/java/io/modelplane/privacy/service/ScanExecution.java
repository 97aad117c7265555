package io.modelplane.privacy.service;

import io.modelplane.kernel.error.DomainException;
import io.modelplane.persistence.TenantWork;
import io.modelplane.privacy.persistence.PrivacyRepository;
import io.modelplane.privacy.persistence.PrivacyScan;
import io.modelplane.privacy.persistence.ScanTarget;
import io.modelplane.privacy.persistence.StoredFinding;
import io.modelplane.privacy.report.Findings;
import io.modelplane.privacy.source.DataFormat;
import io.modelplane.privacy.source.MalformedDataException;
import io.modelplane.privacy.source.NotTextException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Runs one scan: claims it ({@code pending → running}), reads its target into findings, and stores
 * the outcome ({@code succeeded} with findings, or {@code failed} with a reason the caller can act
 * on). An uploaded file is deleted whatever happens.
 */
@ApplicationScoped
class ScanExecution {

  private static final Logger LOG = Logger.getLogger(ScanExecution.class);

  @Inject TenantWork tenantWork;
  @Inject PrivacyRepository repository;
  @Inject PrivacyDetectors detectors;
  @Inject BaselineScan baselines;
  @Inject PayloadScan payloads;
  @Inject MetadataScan metadata;
  @Inject Clock clock;

  private record Job(ScanTarget target, List<String> entities, int maxExamples, Path upload) {}

  void run(String tenant, long id) {
    Job job = tenantWork.inTransaction(tenant, () -> claim(tenant, id));
    if (job == null) {
      return;
    }
    try {
      Findings findings =
          new Findings(detectors.select(job.entities(), "entities"), job.maxExamples());
      ScanProgress progress =
          new ScanProgress((fraction, records, bytes) -> progress(tenant, id, fraction), clock);
      ScanCounts counts = read(tenant, job, findings, progress);
      tenantWork.run(tenant, () -> succeed(tenant, id, findings, counts));
    } catch (MalformedDataException | NotTextException | DomainException e) {
      fail(tenant, id, e.getMessage());
    } catch (IOException | RuntimeException e) {
      String incident = UUID.randomUUID().toString();
      LOG.errorf(e, "privacy scan %s/%d failed; incident %s", tenant, id, incident);
      fail(tenant, id, "internal error; incident " + incident);
    } finally {
      UploadStaging.delete(job.upload());
    }
  }

  private ScanCounts read(String tenant, Job job, Findings findings, ScanProgress progress)
      throws IOException {
    ScanTarget target = job.target();
    return switch (target.type()) {
      case ScanTarget.BASELINE -> baselines.scan(tenant, target, findings, progress);
      case ScanTarget.PAYLOADS -> payloads.scan(tenant, target, findings, progress);
      case ScanTarget.METADATA -> metadata.scan(tenant, target, findings);
      case ScanTarget.FILE -> file(job, findings, progress);
      default -> throw new IllegalStateException("unknown target type " + target.type());
    };
  }

  private static ScanCounts file(Job job, Findings findings, ScanProgress progress)
      throws IOException {
    if (job.upload() == null || !Files.exists(job.upload())) {
      throw new NotTextException(
          "the uploaded file is gone (the scan was restarted); upload it again");
    }
    DataFormat format = DataFormat.fromId(job.target().format()).orElseThrow();
    try (InputStream in = Files.newInputStream(job.upload())) {
      return StreamScan.scan(in, format, job.target().size(), findings, progress);
    }
  }

  private Job claim(String tenant, long id) {
    PrivacyScan scan = repository.scan(tenant, id);
    if (!PrivacyScan.PENDING.equals(scan.status)) {
      return null;
    }
    scan.status = PrivacyScan.RUNNING;
    scan.startedAt = clock.instant();
    scan.heartbeatAt = scan.startedAt;
    return new Job(
        scan.target,
        scan.entities,
        scan.maxExamples,
        scan.uploadPath == null ? null : Path.of(scan.uploadPath));
  }

  private void progress(String tenant, long id, double fraction) {
    tenantWork.run(
        tenant,
        () -> {
          PrivacyScan scan = repository.scan(tenant, id);
          scan.progress = fraction;
          scan.heartbeatAt = clock.instant();
        });
  }

  private void succeed(String tenant, long id, Findings findings, ScanCounts counts) {
    PrivacyScan scan = repository.scan(tenant, id);
    scan.status = PrivacyScan.SUCCEEDED;
    scan.progress = 1;
    scan.finishedAt = clock.instant();
    scan.records = counts.records();
    scan.bytesScanned = counts.bytes();
    scan.valuesScanned = findings.values();
    scan.findings =
        findings.list().stream()
            .map(
                f ->
                    new StoredFinding(
                        f.location(), f.entity(), f.severity().id(), f.count(), f.examples()))
            .toList();
    scan.totals = findings.totals();
    scan.uploadPath = null;
  }

  private void fail(String tenant, long id, String reason) {
    try {
      tenantWork.run(
          tenant,
          () -> {
            PrivacyScan scan = repository.scan(tenant, id);
            scan.status = PrivacyScan.FAILED;
            scan.error = reason;
            scan.finishedAt = clock.instant();
            scan.uploadPath = null;
          });
    } catch (RuntimeException e) {
      LOG.warnf(e, "could not record the failure of privacy scan %s/%d", tenant, id);
    }
  }
}
