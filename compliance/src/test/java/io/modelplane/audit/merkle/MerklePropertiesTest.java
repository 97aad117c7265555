package io.modelplane.audit.merkle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Proofs verify for every tree shape, and any change to a proof, a leaf or a size breaks them. */
class MerklePropertiesTest {

  @Property(tries = 200)
  void inclusionProofsVerify(
      @ForAll @IntRange(min = 1, max = 70) int size,
      @ForAll @IntRange(min = 0, max = 69) int pick) {
    int index = pick % size;
    List<byte[]> leaves = leaves(size);
    byte[] root = Rfc9162.root(leaves);

    assertThat(
            Verifier.inclusion(
                index, size, leaves.get(index), Proofs.inclusion(index, leaves), root))
        .isTrue();
  }

  @Property(tries = 200)
  void tamperedInclusionProofsFail(
      @ForAll @IntRange(min = 2, max = 70) int size,
      @ForAll @IntRange(min = 0, max = 69) int pick,
      @ForAll @IntRange(min = 0, max = 255) int bit) {
    int index = pick % size;
    List<byte[]> leaves = leaves(size);
    List<byte[]> proof = Proofs.inclusion(index, leaves);
    byte[] flipped = proof.get(bit % proof.size()).clone();
    flipped[bit / 8] ^= (byte) (1 << (bit % 8));
    proof.set(bit % proof.size(), flipped);

    assertThat(Verifier.inclusion(index, size, leaves.get(index), proof, Rfc9162.root(leaves)))
        .isFalse();
  }

  @Property(tries = 200)
  void inclusionOfAnotherLeafFails(
      @ForAll @IntRange(min = 2, max = 70) int size,
      @ForAll @IntRange(min = 0, max = 69) int pick) {
    int index = pick % size;
    int other = (index + 1) % size;
    List<byte[]> leaves = leaves(size);

    assertThat(
            Verifier.inclusion(
                index,
                size,
                leaves.get(other),
                Proofs.inclusion(index, leaves),
                Rfc9162.root(leaves)))
        .isFalse();
  }

  @Property(tries = 200)
  void consistencyProofsVerify(
      @ForAll @IntRange(min = 1, max = 70) int second,
      @ForAll @IntRange(min = 1, max = 70) int pick) {
    int first = 1 + (pick - 1) % second;
    List<byte[]> leaves = leaves(second);

    boolean ok =
        Verifier.consistency(
            first,
            second,
            Rfc9162.root(leaves.subList(0, first)),
            Rfc9162.root(leaves),
            Proofs.consistency(first, leaves));

    assertThat(ok).isTrue();
  }

  @Property(tries = 200)
  void rewrittenHistoryFailsConsistency(
      @ForAll @IntRange(min = 2, max = 70) int second,
      @ForAll @IntRange(min = 1, max = 70) int pick,
      @ForAll @IntRange(min = 0, max = 69) int changed) {
    // Given an old tree whose entries were changed afterwards
    int first = 1 + (pick - 1) % (second - 1);
    List<byte[]> leaves = leaves(second);
    byte[] oldRoot = Rfc9162.root(leaves.subList(0, first));
    List<byte[]> rewritten = new ArrayList<>(leaves);
    rewritten.set(changed % first, Rfc9162.leafHash(new byte[] {42, 42}));

    // Then the new tree cannot be proven to extend the old one
    boolean ok =
        Verifier.consistency(
            first, second, oldRoot, Rfc9162.root(rewritten), Proofs.consistency(first, rewritten));
    assertThat(ok).isFalse();
  }

  private static List<byte[]> leaves(int n) {
    List<byte[]> leaves = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      leaves.add(Rfc9162.leafHash(("entry-" + i).getBytes()));
    }
    return leaves;
  }
}
