package io.modelplane.audit.merkle;

import io.modelplane.audit.merkle.ProofPlan.Range;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Hashes the subtrees of a {@link ProofPlan} while the leaves stream past in order, and the tree
 * heads at up to two sizes on the way (the proof's roots), in one pass and O(log n) memory.
 */
public final class RangeRoots {

  private final List<Range> plan;
  private final List<Range> byStart;
  private final TreeBuilder[] builders;
  private final int[] builderOf;
  private final TreeBuilder whole = new TreeBuilder();
  private final long firstSize;
  private byte[] firstRoot;
  private int current;

  /**
   * @param plan the ranges, in proof order
   * @param firstSize a tree size whose root is wanted on the way (0 for none)
   */
  public RangeRoots(List<Range> plan, long firstSize) {
    this.plan = List.copyOf(plan);
    this.byStart = new ArrayList<>(plan);
    this.byStart.sort(Comparator.comparingLong(Range::start));
    this.builders = new TreeBuilder[plan.size()];
    this.builderOf = new int[plan.size()];
    for (int i = 0; i < builders.length; i++) {
      builders[i] = new TreeBuilder();
      builderOf[i] = this.plan.indexOf(byStart.get(i));
    }
    this.firstSize = firstSize;
  }

  /** Feeds leaf {@code index} (leaves must come in order 0, 1, 2, …). */
  public void accept(long index, byte[] leafHash) {
    if (index != whole.size()) {
      throw new IllegalArgumentException("expected leaf " + whole.size() + ", got " + index);
    }
    whole.append(leafHash);
    if (whole.size() == firstSize) {
      firstRoot = whole.root();
    }
    while (current < byStart.size() && byStart.get(current).end() <= index) {
      current++;
    }
    if (current < byStart.size() && byStart.get(current).start() <= index) {
      builders[builderOf[current]].append(leafHash);
    }
  }

  /** The subtree roots in proof order. */
  public List<byte[]> proof() {
    List<byte[]> out = new ArrayList<>(builders.length);
    for (TreeBuilder b : builders) {
      out.add(b.root());
    }
    return out;
  }

  /** The root of all leaves fed. */
  public byte[] root() {
    return whole.root();
  }

  /** The root at {@code firstSize}, once that many leaves were fed. */
  public byte[] firstRoot() {
    return firstRoot;
  }

  public long size() {
    return whole.size();
  }
}
