package io.modelplane.audit.api;

import io.modelplane.audit.service.AuditTree.ConsistencyProof;
import java.util.List;

/**
 * RFC 9162 §2.1.4 consistency proof that the tree of {@code fromSize} events (root {@code
 * fromRoot}) is a prefix of the tree of {@code toSize} events (root {@code toRoot}); hashes in
 * base64. The signed checkpoints of either size are attached when they exist.
 */
public record ConsistencyProofView(
    long fromSize,
    long toSize,
    String fromRoot,
    String toRoot,
    List<String> proof,
    CheckpointView fromCheckpoint,
    CheckpointView toCheckpoint) {

  static ConsistencyProofView of(
      ConsistencyProof p, CheckpointView fromCheckpoint, CheckpointView toCheckpoint) {
    return new ConsistencyProofView(
        p.fromSize(),
        p.toSize(),
        Base64s.of(p.fromRoot()),
        Base64s.of(p.toRoot()),
        Base64s.of(p.proof()),
        fromCheckpoint,
        toCheckpoint);
  }
}
