package io.modelplane.audit.merkle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * Proofs built in one streaming pass are exactly the proofs of the recursive definition, and they
 * verify with the RFC's verification algorithm.
 */
class RangeRootsTest {

  @Property(tries = 300)
  void streamedInclusionProofEqualsRecursiveOne(
      @ForAll @IntRange(min = 1, max = 300) int size,
      @ForAll @IntRange(min = 0, max = 299) int pick) {
    int index = pick % size;
    List<byte[]> leaves = TreeBuilderTest.leaves(size);

    RangeRoots roots = stream(new RangeRoots(ProofPlan.inclusion(index, size), 0), leaves);

    assertThat(roots.proof()).containsExactlyElementsOf(Proofs.inclusion(index, leaves));
    assertThat(Verifier.inclusion(index, size, leaves.get(index), roots.proof(), roots.root()))
        .isTrue();
  }

  @Property(tries = 300)
  void streamedConsistencyProofEqualsRecursiveOne(
      @ForAll @IntRange(min = 1, max = 300) int size,
      @ForAll @IntRange(min = 1, max = 300) int pick) {
    int from = 1 + (pick - 1) % size;
    List<byte[]> leaves = TreeBuilderTest.leaves(size);

    RangeRoots roots = stream(new RangeRoots(ProofPlan.consistency(from, size), from), leaves);

    assertThat(roots.proof()).containsExactlyElementsOf(Proofs.consistency(from, leaves));
    assertThat(roots.firstRoot()).isEqualTo(Rfc9162.root(leaves.subList(0, from)));
    assertThat(Verifier.consistency(from, size, roots.firstRoot(), roots.root(), roots.proof()))
        .isTrue();
  }

  @Test
  void shouldProveConsistencyOfEveryReferencePrefix() {
    List<byte[]> leaves = Rfc9162VectorsTest.leafHashes(8);
    for (int to = 1; to <= 8; to++) {
      for (int from = 1; from <= to; from++) {
        RangeRoots roots =
            stream(new RangeRoots(ProofPlan.consistency(from, to), from), leaves.subList(0, to));
        assertThat(HexFormat.of().formatHex(roots.firstRoot()))
            .isEqualTo(Rfc9162VectorsTest.ROOTS.get(from));
        assertThat(HexFormat.of().formatHex(roots.root()))
            .isEqualTo(Rfc9162VectorsTest.ROOTS.get(to));
        assertThat(Verifier.consistency(from, to, roots.firstRoot(), roots.root(), roots.proof()))
            .as("%d -> %d", from, to)
            .isTrue();
      }
    }
  }

  private static RangeRoots stream(RangeRoots roots, List<byte[]> leaves) {
    for (int i = 0; i < leaves.size(); i++) {
      roots.accept(i, leaves.get(i));
    }
    return roots;
  }
}
