package io.modelplane.audit.checkpoint;

/**
 * A signed statement that a tenant's log had {@code note.treeSize()} events with root {@code
 * note.rootHash()} at {@code note.signedAtMicros()}.
 */
public record Checkpoint(
    long id, String tenant, CheckpointNote note, String keyId, byte[] signature, String createdBy) {

  public long treeSize() {
    return note.treeSize();
  }

  public byte[] rootHash() {
    return note.rootHash();
  }

  public boolean signatureValid(CheckpointSigner signer) {
    return signer.verify(keyId, note.bytes(), signature);
  }
}
