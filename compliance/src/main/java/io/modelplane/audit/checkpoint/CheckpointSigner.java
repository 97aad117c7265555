package io.modelplane.audit.checkpoint;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PublicKey;
import java.security.Signature;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Signs checkpoint notes with the log's Ed25519 key and checks signatures against the keys it
 * trusts: its own, plus retired keys kept so that checkpoints signed before a key rotation still
 * verify.
 */
public final class CheckpointSigner {

  private final KeyPair keys;
  private final String keyId;
  private final Map<String, PublicKey> trusted = new HashMap<>();

  public CheckpointSigner(KeyPair keys, List<PublicKey> retired) {
    this.keys = keys;
    this.keyId = Ed25519Keys.keyId(keys.getPublic());
    trusted.put(keyId, keys.getPublic());
    for (PublicKey key : retired) {
      trusted.put(Ed25519Keys.keyId(key), key);
    }
  }

  public String keyId() {
    return keyId;
  }

  public PublicKey publicKey() {
    return keys.getPublic();
  }

  /** The retired keys still trusted for verification. */
  public List<PublicKey> retiredKeys() {
    return trusted.entrySet().stream()
        .filter(e -> !e.getKey().equals(keyId))
        .map(Map.Entry::getValue)
        .toList();
  }

  public byte[] sign(byte[] message) {
    try {
      Signature s = Signature.getInstance("Ed25519");
      s.initSign(keys.getPrivate());
      s.update(message);
      return s.sign();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** True when {@code signature} over {@code message} verifies with the trusted key {@code id}. */
  public boolean verify(String id, byte[] message, byte[] signature) {
    PublicKey key = trusted.get(id);
    if (key == null) {
      return false;
    }
    try {
      Signature s = Signature.getInstance("Ed25519");
      s.initVerify(key);
      s.update(message);
      return s.verify(signature);
    } catch (GeneralSecurityException e) {
      return false;
    }
  }
}
