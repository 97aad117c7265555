package io.modelplane.audit.api;

import io.modelplane.audit.checkpoint.Ed25519Keys;
import java.security.PublicKey;
import java.util.List;

/**
 * The public key that signs checkpoints, in the forms tools want: raw 32 bytes (RFC 8032, base64),
 * SubjectPublicKeyInfo DER (base64) and PEM. {@code retired} lists older keys whose checkpoints
 * still verify.
 */
public record SigningKeyView(
    String algorithm,
    String keyId,
    String publicKey,
    String publicKeySpki,
    String publicKeyPem,
    String originPrefix,
    List<SigningKeyView> retired) {

  static SigningKeyView of(PublicKey key, String originPrefix, List<SigningKeyView> retired) {
    return new SigningKeyView(
        "Ed25519",
        Ed25519Keys.keyId(key),
        Base64s.of(Ed25519Keys.raw(key)),
        Base64s.of(key.getEncoded()),
        Ed25519Keys.pem(key),
        originPrefix,
        retired);
  }
}
