package io.modelplane.audit.merkle;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;

/**
 * The hashing of RFC 9162 §2.1: leaves are {@code SHA-256(0x00 || entry)}, interior nodes {@code
 * SHA-256(0x01 || left || right)}, the empty tree is {@code SHA-256()}; a tree of n > 1 leaves
 * splits at the largest power of two smaller than n.
 */
public final class Rfc9162 {

  private Rfc9162() {}

  public static byte[] leafHash(byte[] entry) {
    MessageDigest sha = sha256();
    sha.update((byte) 0x00);
    sha.update(entry);
    return sha.digest();
  }

  public static byte[] nodeHash(byte[] left, byte[] right) {
    MessageDigest sha = sha256();
    sha.update((byte) 0x01);
    sha.update(left);
    sha.update(right);
    return sha.digest();
  }

  /** MTH(D[n]) over already-hashed leaves. */
  public static byte[] root(List<byte[]> leafHashes) {
    int n = leafHashes.size();
    if (n == 0) {
      return sha256().digest();
    }
    if (n == 1) {
      return leafHashes.getFirst();
    }
    int k = split(n);
    return nodeHash(root(leafHashes.subList(0, k)), root(leafHashes.subList(k, n)));
  }

  /** The largest power of two smaller than n (n > 1). */
  static int split(int n) {
    return Integer.highestOneBit(n - 1);
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
