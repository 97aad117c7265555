package io.modelplane.audit.api;

import io.modelplane.audit.chain.UtcMicros;
import io.modelplane.audit.checkpoint.Checkpoint;
import io.modelplane.kernel.tenancy.AuditedResource;

/**
 * A signed checkpoint. {@code note} is the exact text the Ed25519 {@code signature} covers (UTF-8);
 * it is rebuilt from {@code origin}, {@code treeSize}, {@code rootHash} and {@code timestamp} as
 * {@code origin\nsize\nroot\ntime <timestamp>\n}, so an offline verifier can check both.
 */
public record CheckpointView(
    long id,
    String tenant,
    long treeSize,
    String rootHash,
    String timestamp,
    String origin,
    String keyId,
    String algorithm,
    String signature,
    String note,
    String createdBy)
    implements AuditedResource {

  public static CheckpointView of(Checkpoint c) {
    return c == null
        ? null
        : new CheckpointView(
            c.id(),
            c.tenant(),
            c.treeSize(),
            Base64s.of(c.rootHash()),
            UtcMicros.format(c.note().signedAtMicros()),
            c.note().origin(),
            c.keyId(),
            "Ed25519",
            Base64s.of(c.signature()),
            c.note().text(),
            c.createdBy());
  }

  @Override
  public String auditTenant() {
    return tenant;
  }

  @Override
  public String auditId() {
    return String.valueOf(id);
  }
}
