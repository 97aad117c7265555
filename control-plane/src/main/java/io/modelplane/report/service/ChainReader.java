package io.modelplane.report.service;

import io.modelplane.audit.api.CheckpointView;
import io.modelplane.audit.api.ConsistencyProofView;
import io.modelplane.audit.chain.Verification;
import io.modelplane.audit.checkpoint.Checkpoint;
import io.modelplane.audit.checkpoint.CheckpointSigner;
import io.modelplane.audit.checkpoint.Ed25519Keys;
import io.modelplane.audit.service.AuditTree;
import io.modelplane.audit.service.AuditVerifier;
import io.modelplane.audit.service.Checkpoints;
import io.modelplane.persistence.TenantWork;
import io.modelplane.report.persistence.ReportJob;
import io.modelplane.report.persistence.ReportJobRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Section 6: signs (or reuses) a checkpoint of the log as it is now, verifies the whole log, and
 * proves the log consistent with the checkpoint of the tenant's previous report.
 */
@ApplicationScoped
public class ChainReader {

  @Inject TenantWork tenantWork;
  @Inject Checkpoints checkpoints;
  @Inject AuditVerifier verifier;
  @Inject AuditTree tree;
  @Inject CheckpointSigner signer;
  @Inject ReportJobRepository jobs;

  /** The evidence and the checkpoint it embeds (stored with the job for the next report). */
  public record Result(ChainEvidence evidence, Checkpoint checkpoint) {}

  public Result read(String tenant, long reportId) {
    Checkpoint checkpoint =
        tenantWork.inTransaction(
            tenant, () -> checkpoints.create(tenant, "report " + reportId).checkpoint());
    Verification verification = tenantWork.inTransaction(tenant, () -> verifier.verify(tenant));
    Optional<Previous> previous =
        tenantWork.inTransaction(tenant, () -> previous(tenant, reportId, checkpoint.treeSize()));
    ConsistencyProofView consistency =
        previous
            .map(p -> tenantWork.inTransaction(tenant, () -> consistency(tenant, p, checkpoint)))
            .orElse(null);
    ChainEvidence evidence =
        new ChainEvidence(
            new ChainEvidence.Verification(
                verification.valid(),
                verification.treeSize(),
                hex(verification.rootHash()),
                verification.firstBadIndex(),
                verification.reason(),
                verification.checkpointsVerified()),
            CheckpointView.of(checkpoint),
            hex(checkpoint.rootHash()),
            new ChainEvidence.SigningKey(
                signer.keyId(), "Ed25519", Ed25519Keys.pem(signer.publicKey())),
            previous.map(p -> p.reportId).orElse(null),
            previous.map(p -> CheckpointView.of(p.checkpoint)).orElse(null),
            consistency,
            command(reportId, previous.map(p -> p.reportId)));
    return new Result(evidence, checkpoint);
  }

  private record Previous(long reportId, Checkpoint checkpoint) {}

  private Optional<Previous> previous(String tenant, long reportId, long maxTreeSize) {
    return jobs.previous(tenant, reportId, maxTreeSize)
        .flatMap(
            (ReportJob job) ->
                checkpoints.byId(tenant, job.checkpointId).map(c -> new Previous(job.id, c)));
  }

  private ConsistencyProofView consistency(String tenant, Previous previous, Checkpoint to) {
    var proof = tree.consistency(tenant, previous.checkpoint.treeSize(), to.treeSize());
    return new ConsistencyProofView(
        proof.fromSize(),
        proof.toSize(),
        b64(proof.fromRoot()),
        b64(proof.toRoot()),
        proof.proof().stream().map(ChainReader::b64).toList(),
        CheckpointView.of(previous.checkpoint),
        CheckpointView.of(to));
  }

  private String command(long reportId, Optional<Long> previous) {
    return "bin/verify-audit --key-id %s report key.json report-%d.json%s"
        .formatted(
            signer.keyId(), reportId, previous.map(p -> " report-" + p + ".json").orElse(""));
  }

  private static String hex(byte[] bytes) {
    return bytes == null ? null : HexFormat.of().formatHex(bytes);
  }

  private static String b64(byte[] bytes) {
    return Base64.getEncoder().encodeToString(bytes);
  }
}
