package io.modelplane.audit.chain;

import io.modelplane.audit.checkpoint.Checkpoint;

/**
 * The outcome of checking a tenant's log.
 *
 * @param valid every stored event matches its leaf hash, the sequence has no gap, and every
 *     checkpoint is signed by a trusted key and matches the tree at its size
 * @param treeSize the number of events stored
 * @param rootHash the root over all stored events when valid, else {@code null}
 * @param firstBadIndex the first leaf index that can no longer be trusted, when known
 * @param reason what was found, when not valid
 * @param checkpoint the newest checkpoint that verified, or {@code null}
 * @param checkpointsVerified how many checkpoints verified
 */
public record Verification(
    boolean valid,
    long treeSize,
    byte[] rootHash,
    Long firstBadIndex,
    String reason,
    Checkpoint checkpoint,
    int checkpointsVerified) {}
