package io.modelplane.audit.merkle;

import java.util.ArrayList;
import java.util.List;

/**
 * Which subtrees an inclusion or consistency proof consists of, as leaf ranges in proof order. The
 * ranges are disjoint, so {@link RangeRoots} can hash all of them in one forward pass over the
 * leaves: a proof needs O(log n) memory however large the log is.
 */
public final class ProofPlan {

  private ProofPlan() {}

  /** The leaves {@code [start, end)} of one subtree. */
  public record Range(long start, long end) {}

  /** PATH(index, D[size]) of RFC 9162 §2.1.3.1. */
  public static List<Range> inclusion(long index, long size) {
    if (index < 0 || index >= size) {
      throw new IllegalArgumentException("leaf " + index + " is not in a tree of " + size);
    }
    List<Range> out = new ArrayList<>();
    path(index, 0, size, out);
    return out;
  }

  /** PROOF(oldSize, D[size]) of RFC 9162 §2.1.4.1. */
  public static List<Range> consistency(long oldSize, long size) {
    if (oldSize < 1 || oldSize > size) {
      throw new IllegalArgumentException(
          "no consistency proof from size " + oldSize + " to " + size);
    }
    List<Range> out = new ArrayList<>();
    if (oldSize < size) {
      subproof(oldSize, 0, size, true, out);
    }
    return out;
  }

  private static void path(long m, long lo, long hi, List<Range> out) {
    long n = hi - lo;
    if (n == 1) {
      return;
    }
    long k = split(n);
    if (m - lo < k) {
      path(m, lo, lo + k, out);
      out.add(new Range(lo + k, hi));
    } else {
      path(m, lo + k, hi, out);
      out.add(new Range(lo, lo + k));
    }
  }

  private static void subproof(long m, long lo, long hi, boolean complete, List<Range> out) {
    long n = hi - lo;
    if (m == n) {
      if (!complete) {
        out.add(new Range(lo, hi));
      }
      return;
    }
    long k = split(n);
    if (m <= k) {
      subproof(m, lo, lo + k, complete, out);
      out.add(new Range(lo + k, hi));
    } else {
      subproof(m - k, lo + k, hi, false, out);
      out.add(new Range(lo, lo + k));
    }
  }

  /** The largest power of two smaller than n (n > 1). */
  static long split(long n) {
    return Long.highestOneBit(n - 1);
  }
}
