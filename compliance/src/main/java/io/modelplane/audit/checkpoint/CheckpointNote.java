package io.modelplane.audit.checkpoint;

import io.modelplane.audit.chain.UtcMicros;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The text a checkpoint's signature covers, in the layout of a C2SP {@code tlog-checkpoint} note
 * body — origin, tree size, base64 root hash — with one extension line for the time it was signed:
 *
 * <pre>
 * modelplane/audit/acme
 * 1042
 * 3q2+7w…=
 * time 2026-11-23T14:00:00.123456Z
 * </pre>
 *
 * (every line ends with a newline). Anyone holding the public key can rebuild this text from a
 * checkpoint's JSON and check the Ed25519 signature over its UTF-8 bytes.
 */
public record CheckpointNote(String origin, long treeSize, byte[] rootHash, long signedAtMicros) {

  public String text() {
    return origin
        + "\n"
        + treeSize
        + "\n"
        + Base64.getEncoder().encodeToString(rootHash)
        + "\ntime "
        + UtcMicros.format(signedAtMicros)
        + "\n";
  }

  public byte[] bytes() {
    return text().getBytes(StandardCharsets.UTF_8);
  }

  /** The origin line naming a tenant's log: {@code {prefix}/audit/{tenant}}. */
  public static String origin(String prefix, String tenant) {
    return prefix + "/audit/" + tenant;
  }
}
