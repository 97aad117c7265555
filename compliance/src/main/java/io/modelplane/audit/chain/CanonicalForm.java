package io.modelplane.audit.chain;

import io.modelplane.audit.merkle.Rfc9162;
import java.security.DigestException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The bytes a leaf hash covers: one JSON object per event, keys sorted, no whitespace, with every
 * stored field under its column name and the format version {@code "v":1}:
 *
 * <pre>
 * {"action":…,"actor_name":…,"actor_subject":…,"client_id":…,"details":{…},
 *  "occurred_at":"2026-01-31T09:05:03.000120Z","outcome":…,"request_id":…,"resource_id":…,
 *  "resource_type":…,"roles":"admin,auditor","seq":0,"source_address":…,"status":201,
 *  "tenant":"acme","v":1}
 * </pre>
 *
 * Missing values are {@code null}; {@code details} is itself canonical. The leaf hash is {@code
 * SHA-256(0x00 || bytes)} (RFC 9162). PostgreSQL computes the same bytes when the row is inserted
 * ({@code audit_canonical} in V0004); this class recomputes them independently to verify. One
 * instance per thread: it reuses its buffer and digest.
 */
public final class CanonicalForm {

  private final Utf8Bytes out = new Utf8Bytes();
  private final MessageDigest sha;

  public CanonicalForm() {
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The canonical bytes of {@code row} (a fresh copy). */
  public byte[] bytes(AuditRow row) {
    encode(row);
    return out.toByteArray();
  }

  public byte[] leafHash(AuditRow row) {
    byte[] hash = new byte[32];
    leafHash(row, hash);
    return hash;
  }

  /**
   * Writes the leaf hash of {@code row} into {@code into} without allocating: the same hash as
   * {@link Rfc9162#leafHash} of {@link #bytes}.
   */
  public void leafHash(AuditRow row, byte[] into) {
    encode(row);
    sha.update((byte) 0x00);
    sha.update(out.array(), 0, out.length());
    try {
      sha.digest(into, 0, 32);
    } catch (DigestException e) {
      throw new IllegalStateException(e);
    }
  }

  private void encode(AuditRow r) {
    out.clear();
    out.ascii("{\"action\":");
    JsonText.string(r.action, out);
    out.ascii(",\"actor_name\":");
    JsonText.string(r.actorName, out);
    out.ascii(",\"actor_subject\":");
    JsonText.string(r.actorSubject, out);
    out.ascii(",\"client_id\":");
    JsonText.string(r.clientId, out);
    out.ascii(",\"details\":");
    JsonText.canonical(r.details, out);
    out.ascii(",\"occurred_at\":\"");
    UtcMicros.write(r.occurredAtMicros, out);
    out.ascii("\",\"outcome\":");
    JsonText.string(r.outcome, out);
    out.ascii(",\"request_id\":");
    JsonText.string(r.requestId, out);
    out.ascii(",\"resource_id\":");
    JsonText.string(r.resourceId, out);
    out.ascii(",\"resource_type\":");
    JsonText.string(r.resourceType, out);
    out.ascii(",\"roles\":");
    JsonText.string(r.roles, out);
    out.ascii(",\"seq\":").number(r.seq);
    out.ascii(",\"source_address\":");
    JsonText.string(r.sourceAddress, out);
    out.ascii(",\"status\":").number(r.status);
    out.ascii(",\"tenant\":");
    JsonText.string(r.tenant, out);
    out.ascii(",\"v\":1}");
  }
}
