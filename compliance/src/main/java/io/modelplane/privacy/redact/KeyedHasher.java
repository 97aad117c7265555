package io.modelplane.privacy.redact;

import io.modelplane.privacy.scan.EntityType;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 under one tenant's key: the tokens that replace values in hashed payloads and the
 * subject hashes of erasure evidence. Without the key, a hash cannot be tested against guesses
 * (phone numbers and card numbers are few enough to enumerate). Not thread-safe.
 */
public final class KeyedHasher {

  private static final HexFormat HEX = HexFormat.of();

  private final Mac mac;

  public KeyedHasher(byte[] key) {
    try {
      mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }

  /** Derives a tenant's key from the deployment-wide secret (HMAC as a key-derivation step). */
  public static byte[] tenantKey(byte[] secret, String tenant) {
    return new KeyedHasher(secret).raw("modelplane/privacy/tenant-key/v1\0" + tenant);
  }

  /** The token a value of {@code type} becomes in hashed payloads. */
  public String token(EntityType type, String value) {
    String canonical = Normalizer.canonical(type, value);
    String digest = HEX.formatHex(raw(type.id() + "\0" + canonical), 0, 16);
    return "[HMAC:" + type.id() + ":" + digest + "]";
  }

  /** A hash of an erasure subject for evidence: proves which subject, without naming it. */
  public String subjectHash(String subject) {
    return HEX.formatHex(raw("erasure-subject\0" + subject));
  }

  private byte[] raw(String input) {
    return mac.doFinal(input.getBytes(StandardCharsets.UTF_8));
  }
}
