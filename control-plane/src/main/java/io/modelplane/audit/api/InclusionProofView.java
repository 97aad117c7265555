package io.modelplane.audit.api;

import io.modelplane.audit.service.AuditTree.InclusionProof;
import java.util.List;

/**
 * RFC 9162 §2.1.3 inclusion proof: {@code auditPath} (base64 hashes, innermost first) takes {@code
 * leafHash} at {@code leafIndex} to {@code rootHash} of the tree of {@code treeSize} events. {@code
 * checkpoint} is the signed checkpoint of that size, when there is one.
 */
public record InclusionProofView(
    long leafIndex,
    long treeSize,
    String leafHash,
    String rootHash,
    List<String> auditPath,
    CheckpointView checkpoint) {

  static InclusionProofView of(InclusionProof p, CheckpointView checkpoint) {
    return new InclusionProofView(
        p.leafIndex(),
        p.treeSize(),
        Base64s.of(p.leafHash()),
        Base64s.of(p.rootHash()),
        Base64s.of(p.path()),
        checkpoint);
  }
}
