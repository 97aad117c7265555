package io.modelplane.audit.api;

import io.modelplane.audit.chain.Verification;
import java.time.Instant;

/**
 * The result of {@code GET …/audit-events/verify}: whether the stored log still is what was written
 * and signed. {@code firstBadIndex} is the first leaf index that can no longer be trusted (exact
 * for changed, deleted and reordered events; the start of the checkpoint interval when rows were
 * rewritten together with their stored hashes). {@code eventsAfterCheckpoint} counts events that no
 * signed checkpoint covers yet.
 */
public record VerificationView(
    boolean valid,
    long treeSize,
    String rootHash,
    Long firstBadIndex,
    String reason,
    CheckpointView checkpoint,
    int checkpointsVerified,
    long eventsAfterCheckpoint,
    Instant verifiedAt,
    long durationMillis) {

  public static VerificationView of(Verification v, Instant at, long millis) {
    long covered = v.checkpoint() == null ? 0 : v.checkpoint().treeSize();
    return new VerificationView(
        v.valid(),
        v.treeSize(),
        Base64s.of(v.rootHash()),
        v.firstBadIndex(),
        v.reason(),
        CheckpointView.of(v.checkpoint()),
        v.checkpointsVerified(),
        Math.max(0, v.treeSize() - covered),
        at,
        millis);
  }
}
