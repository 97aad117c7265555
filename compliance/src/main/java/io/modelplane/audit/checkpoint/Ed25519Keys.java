package io.modelplane.audit.checkpoint;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.interfaces.EdECPrivateKey;
import java.security.spec.NamedParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Ed25519 keys from configuration, with the JDK's own provider. A private key is given either as
 * base64 PKCS#8 ({@code openssl genpkey -algorithm ed25519 -outform DER | base64 -w0}) or as a
 * base64 32-byte seed (what the local default generates); the public key is derived from it.
 */
public final class Ed25519Keys {

  /** The DER prefix of an Ed25519 SubjectPublicKeyInfo; the raw 32-byte key follows it. */
  private static final int SPKI_PREFIX = 12;

  private Ed25519Keys() {}

  public static KeyPair fromBase64(String value) {
    byte[] decoded;
    try {
      decoded = Base64.getDecoder().decode(value.trim());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("the signing key is not base64", e);
    }
    return decoded.length == 32 ? fromSeed(decoded) : fromPkcs8(decoded);
  }

  public static KeyPair fromPkcs8(byte[] der) {
    try {
      var key =
          (EdECPrivateKey)
              KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(der));
      return fromSeed(
          key.getBytes()
              .orElseThrow(() -> new IllegalArgumentException("the private key hides its bytes")));
    } catch (GeneralSecurityException | ClassCastException e) {
      throw new IllegalArgumentException("the signing key is not an Ed25519 PKCS#8 key", e);
    }
  }

  /**
   * The key pair of a 32-byte private key. The JDK has no call that derives the public key, but its
   * generator takes the private key from the random source it is given, so it is given the seed.
   */
  public static KeyPair fromSeed(byte[] seed) {
    if (seed.length != 32) {
      throw new IllegalArgumentException("an Ed25519 private key has 32 bytes");
    }
    byte[] copy = seed.clone();
    SecureRandom fixed =
        new SecureRandom() {
          @Override
          public void nextBytes(byte[] bytes) {
            System.arraycopy(copy, 0, bytes, 0, Math.min(bytes.length, copy.length));
          }
        };
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("Ed25519");
      generator.initialize(NamedParameterSpec.ED25519, fixed);
      return generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  public static PublicKey publicKey(byte[] spkiDer) {
    try {
      return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(spkiDer));
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException("not an Ed25519 public key", e);
    }
  }

  /** The 32 raw bytes of the public key (RFC 8032), as other tools print them. */
  public static byte[] raw(PublicKey key) {
    byte[] der = key.getEncoded();
    return Arrays.copyOfRange(der, SPKI_PREFIX, der.length);
  }

  /** A short name for the key: the first 8 bytes of SHA-256 over its raw bytes, in hex. */
  public static String keyId(PublicKey key) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(raw(key));
      return HexFormat.of().formatHex(digest, 0, 8);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** PEM ({@code -----BEGIN PUBLIC KEY-----}), as {@code openssl pkeyutl -verify} reads it. */
  public static String pem(PublicKey key) {
    return "-----BEGIN PUBLIC KEY-----\n"
        + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(key.getEncoded())
        + "\n-----END PUBLIC KEY-----\n";
  }
}
