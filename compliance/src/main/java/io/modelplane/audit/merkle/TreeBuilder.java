package io.modelplane.audit.merkle;

import java.security.DigestException;
import java.security.MessageDigest;

/**
 * Builds a tree head from leaf hashes streamed in order, keeping only the roots of the complete
 * subtrees seen so far (at most 64 of them): the iterative method of RFC 9162 §2.1.1 in O(log n)
 * memory. Appending allocates nothing, so a million-leaf log can be hashed without a heap storm.
 */
public final class TreeBuilder {

  private static final int HASH = 32;

  private final byte[][] stack = new byte[64][HASH];
  private final MessageDigest sha = Rfc9162.sha256();
  private long size;

  /** The number of leaves appended. */
  public long size() {
    return size;
  }

  public void append(byte[] leafHash) {
    append(leafHash, 0);
  }

  /** Appends the 32-byte leaf hash found at {@code offset} of {@code buffer}. */
  public void append(byte[] buffer, int offset) {
    int top = Long.bitCount(size);
    System.arraycopy(buffer, offset, stack[top], 0, HASH);
    top++;
    // every trailing one bit of the old size is a complete subtree of the new leaf's size
    for (long s = size; (s & 1) == 1; s >>>= 1) {
      node(stack[top - 2], stack[top - 1], stack[top - 2]);
      top--;
    }
    size++;
  }

  /** MTH of the leaves appended so far. */
  public byte[] root() {
    if (size == 0) {
      return sha.digest();
    }
    int top = Long.bitCount(size);
    byte[] r = stack[top - 1].clone();
    for (int i = top - 2; i >= 0; i--) {
      node(stack[i], r, r);
    }
    return r;
  }

  /** An independent builder in the same state, to extend one tree head in two directions. */
  public TreeBuilder copy() {
    TreeBuilder c = new TreeBuilder();
    c.size = size;
    for (int i = 0; i < Long.bitCount(size); i++) {
      System.arraycopy(stack[i], 0, c.stack[i], 0, HASH);
    }
    return c;
  }

  private void node(byte[] left, byte[] right, byte[] into) {
    sha.update((byte) 0x01);
    sha.update(left);
    sha.update(right);
    try {
      sha.digest(into, 0, HASH);
    } catch (DigestException e) {
      throw new IllegalStateException(e);
    }
  }
}
