package io.modelplane.audit.service;

import io.modelplane.audit.merkle.ProofPlan;
import io.modelplane.audit.merkle.RangeRoots;
import io.modelplane.audit.merkle.TreeBuilder;
import io.modelplane.audit.persistence.AuditLeaves;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tree heads and proofs over the stored leaf hashes of a tenant's log. Each answer is one forward
 * pass over the leaves it needs; the newest tree head computed per tenant is remembered (its O(log
 * n) right edge), so a scheduled checkpoint reads only the leaves added since the last one. Call
 * inside a transaction, as the tenant.
 */
@ApplicationScoped
public class AuditTree {

  @Inject AuditLeaves leaves;

  private final Map<String, TreeBuilder> heads = new ConcurrentHashMap<>();

  /** PATH and root for leaf {@code index} in the tree of {@code treeSize} leaves. */
  public record InclusionProof(
      long leafIndex, long treeSize, byte[] leafHash, byte[] rootHash, List<byte[]> path) {}

  /** PROOF that the tree of {@code fromSize} leaves is a prefix of the tree of {@code toSize}. */
  public record ConsistencyProof(
      long fromSize, long toSize, byte[] fromRoot, byte[] toRoot, List<byte[]> proof) {}

  public long size(String tenant) {
    return leaves.size(tenant);
  }

  /** MTH of the first {@code size} leaves. */
  public byte[] root(String tenant, long size) {
    TreeBuilder cached = heads.get(tenant);
    TreeBuilder tree = cached != null && cached.size() <= size ? cached.copy() : new TreeBuilder();
    leaves.forEach(tenant, tree.size(), size, (i, hash) -> tree.append(hash));
    heads.merge(tenant, tree.copy(), (old, fresh) -> fresh.size() > old.size() ? fresh : old);
    return tree.root();
  }

  public InclusionProof inclusion(String tenant, long index, long treeSize) {
    RangeRoots roots = new RangeRoots(ProofPlan.inclusion(index, treeSize), 0);
    byte[][] leaf = new byte[1][];
    leaves.forEach(
        tenant,
        0,
        treeSize,
        (i, hash) -> {
          roots.accept(i, hash);
          if (i == index) {
            leaf[0] = hash.clone();
          }
        });
    return new InclusionProof(index, treeSize, leaf[0], roots.root(), roots.proof());
  }

  /** From size 0 the proof is empty: the empty log is a prefix of every log. */
  public ConsistencyProof consistency(String tenant, long fromSize, long toSize) {
    if (fromSize == 0) {
      return new ConsistencyProof(
          0, toSize, new TreeBuilder().root(), root(tenant, toSize), List.of());
    }
    RangeRoots roots = new RangeRoots(ProofPlan.consistency(fromSize, toSize), fromSize);
    leaves.forEach(tenant, 0, toSize, roots::accept);
    return new ConsistencyProof(fromSize, toSize, roots.firstRoot(), roots.root(), roots.proof());
  }
}
