package io.modelplane.report.service;

import io.modelplane.audit.api.CheckpointView;
import io.modelplane.audit.api.ConsistencyProofView;

/**
 * 6. What lets an officer check the log offline: the verification the control plane ran, the
 * checkpoint it signed for this report (root hash also in hex), the public key it was signed with,
 * and a consistency proof from the checkpoint of the previous report ({@code null} for a tenant's
 * first report). {@code verifyCommand} is the documented offline check ({@code
 * docs/audit-verify.md}).
 */
public record ChainEvidence(
    Verification verification,
    CheckpointView checkpoint,
    String rootHashHex,
    SigningKey signingKey,
    Long previousReportId,
    CheckpointView previousCheckpoint,
    ConsistencyProofView consistency,
    String verifyCommand) {

  /** The control plane's recomputation of the whole log when the report was built. */
  public record Verification(
      boolean valid,
      long treeSize,
      String rootHashHex,
      Long firstBadIndex,
      String reason,
      int checkpointsVerified) {}

  /**
   * The key that signed the checkpoint. It is shown for convenience: pin its id out of band, since
   * a key taken from the report proves only that the report is self-consistent.
   */
  public record SigningKey(String keyId, String algorithm, String publicKeyPem) {}
}
