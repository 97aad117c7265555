package io.modelplane.registry.artifact;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.subtle.AesGcmJce;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

/**
 * The key that wraps every tenant's data key (envelope encryption): 32 random bytes, given to the
 * control plane as base64 through configuration, never stored next to the artifacts.
 */
public final class MasterKey {

  private final Aead aead;

  private MasterKey(Aead aead) {
    this.aead = aead;
  }

  public static MasterKey fromBase64(String base64) {
    if (base64 == null || base64.isBlank()) {
      throw new IllegalArgumentException("the artifact master key is not set");
    }
    byte[] raw;
    try {
      raw = Base64.getDecoder().decode(base64.trim());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("the artifact master key is not base64", e);
    }
    if (raw.length != 32) {
      throw new IllegalArgumentException(
          "the artifact master key must be 32 bytes, not " + raw.length);
    }
    try {
      return new MasterKey(new AesGcmJce(raw));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is not available", e);
    } finally {
      // the primitive keeps its own copy; this one need not linger on the heap
      Arrays.fill(raw, (byte) 0);
    }
  }

  /** A fresh random key, base64-encoded, for development set-ups. */
  public static String generate() {
    byte[] raw = new byte[32];
    new SecureRandom().nextBytes(raw);
    return Base64.getEncoder().encodeToString(raw);
  }

  Aead aead() {
    return aead;
  }
}
