package io.modelplane.audit.merkle;

import java.util.ArrayList;
import java.util.List;

/** Inclusion (RFC 9162 §2.1.3.1) and consistency (§2.1.4.1) proofs over hashed leaves. */
public final class Proofs {

  private Proofs() {}

  /** PATH(m, D[n]): the audit path of leaf {@code index} in the tree of all {@code leafHashes}. */
  public static List<byte[]> inclusion(int index, List<byte[]> leafHashes) {
    if (index < 0 || index >= leafHashes.size()) {
      throw new IllegalArgumentException(
          "leaf " + index + " is not in a tree of " + leafHashes.size());
    }
    List<byte[]> path = new ArrayList<>();
    path(index, leafHashes, path);
    return path;
  }

  /**
   * PROOF(m, D[n]): proves the tree of the first {@code oldSize} leaves is a prefix of all of them.
   */
  public static List<byte[]> consistency(int oldSize, List<byte[]> leafHashes) {
    if (oldSize < 1 || oldSize > leafHashes.size()) {
      throw new IllegalArgumentException(
          "no consistency proof from size " + oldSize + " to " + leafHashes.size());
    }
    List<byte[]> proof = new ArrayList<>();
    subproof(oldSize, leafHashes, true, proof);
    return proof;
  }

  private static void path(int m, List<byte[]> d, List<byte[]> out) {
    int n = d.size();
    if (n == 1) {
      return;
    }
    int k = Rfc9162.split(n);
    if (m < k) {
      path(m, d.subList(0, k), out);
      out.add(Rfc9162.root(d.subList(k, n)));
    } else {
      path(m - k, d.subList(k, n), out);
      out.add(Rfc9162.root(d.subList(0, k)));
    }
  }

  private static void subproof(int m, List<byte[]> d, boolean complete, List<byte[]> out) {
    int n = d.size();
    if (m == n) {
      if (!complete) {
        out.add(Rfc9162.root(d));
      }
      return;
    }
    int k = Rfc9162.split(n);
    if (m <= k) {
      subproof(m, d.subList(0, k), complete, out);
      out.add(Rfc9162.root(d.subList(k, n)));
    } else {
      subproof(m - k, d.subList(k, n), false, out);
      out.add(Rfc9162.root(d.subList(0, k)));
    }
  }
}
