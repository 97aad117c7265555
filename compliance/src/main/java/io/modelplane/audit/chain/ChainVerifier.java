package io.modelplane.audit.chain;

import io.modelplane.audit.checkpoint.Checkpoint;
import io.modelplane.audit.checkpoint.CheckpointSigner;
import io.modelplane.audit.merkle.TreeBuilder;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Checks a tenant's log as its rows stream past in sequence order: each row's recomputed leaf hash
 * against the one stored when it was inserted (catches a changed row), the sequence against 0, 1,
 * 2, … (catches deleted and reordered rows), and the tree head at every checkpoint's size against
 * the signed root (catches rows rewritten together with their stored hashes, and checkpoints that
 * vouch for more events than remain). Stops checking at the first problem; the caller then only
 * counts the remaining rows.
 */
public final class ChainVerifier {

  private final List<Checkpoint> checkpoints;
  private final CheckpointSigner signer;
  private final CanonicalForm canonical = new CanonicalForm();
  private final TreeBuilder tree = new TreeBuilder();
  private final byte[] leaf = new byte[32];
  private int next;
  private int verified;
  private Checkpoint lastVerified;
  private long rows;
  private boolean failed;
  private Long firstBad;
  private String reason;

  public ChainVerifier(List<Checkpoint> checkpoints, CheckpointSigner signer) {
    this.checkpoints = new ArrayList<>(checkpoints);
    this.checkpoints.sort(Comparator.comparingLong(Checkpoint::treeSize));
    this.signer = signer;
    checkCheckpoints();
  }

  /** Checks the next row; false once a problem was found (later rows need only be counted). */
  public boolean accept(AuditRow row, byte[] storedLeafHash) {
    rows++;
    if (failed) {
      return false;
    }
    long expected = tree.size();
    if (row.seq > expected) {
      return fail(expected, "event %d is missing: the next stored event is %d", expected, row.seq);
    }
    if (row.seq < expected) {
      return fail(row.seq, "event %d is stored more than once", row.seq);
    }
    canonical.leafHash(row, leaf);
    if (storedLeafHash == null || !MessageDigest.isEqual(leaf, storedLeafHash)) {
      return fail(
          expected,
          "event %d does not match the hash recorded when it was written: it was changed",
          expected);
    }
    tree.append(leaf);
    return checkCheckpoints();
  }

  /** Counts a row that is not checked any more. */
  public void skip() {
    rows++;
  }

  public Verification finish() {
    if (!failed && next < checkpoints.size()) {
      Checkpoint cp = checkpoints.get(next);
      if (!cp.signatureValid(signer)) {
        fail(
            null,
            "checkpoint %d (tree size %d) does not carry a valid signature of a trusted key",
            cp.id(),
            cp.treeSize());
        return result();
      }
      fail(
          tree.size(),
          "checkpoint %d vouches for %d events but only %d are stored: events from index %d on were deleted",
          cp.id(),
          cp.treeSize(),
          tree.size(),
          tree.size());
    }
    return result();
  }

  private Verification result() {
    return new Verification(
        !failed, rows, failed ? null : tree.root(), firstBad, reason, lastVerified, verified);
  }

  /**
   * A checkpoint whose root matches the tree recomputed from the rows needs no signature check of
   * its own once the newest checkpoint's signature holds: that signature vouches for every leaf
   * below it, so an older matching root states nothing new. Signatures are checked where they
   * decide something — on the newest checkpoint and on any whose root does not match (a forged
   * checkpoint rather than rewritten rows) — because one Ed25519 check costs as much as hashing a
   * few thousand events.
   */
  private boolean checkCheckpoints() {
    while (next < checkpoints.size() && checkpoints.get(next).treeSize() == tree.size()) {
      Checkpoint cp = checkpoints.get(next++);
      boolean newest = next == checkpoints.size();
      boolean matches = MessageDigest.isEqual(tree.root(), cp.rootHash());
      if ((newest || !matches) && !cp.signatureValid(signer)) {
        return fail(
            null,
            "checkpoint %d (tree size %d) does not carry a valid signature of a trusted key",
            cp.id(),
            cp.treeSize());
      }
      if (!matches) {
        long from = lastVerified == null ? 0 : lastVerified.treeSize();
        return fail(
            from,
            "the first %d events do not hash to the root signed in checkpoint %d: events between"
                + " index %d and %d were rewritten",
            cp.treeSize(),
            cp.id(),
            from,
            cp.treeSize() - 1);
      }
      lastVerified = cp;
      verified++;
    }
    return true;
  }

  private boolean fail(Long index, String format, Object... args) {
    failed = true;
    firstBad = index;
    reason = format.formatted(args);
    return false;
  }
}
