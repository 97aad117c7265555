package io.modelplane.audit.merkle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** The streaming tree head equals the recursive definition, on the reference tree and any other. */
class TreeBuilderTest {

  @Test
  void shouldReachEveryReferenceRootWhileStreaming() {
    // Given the reference leaves of transparency-dev/merkle
    TreeBuilder tree = new TreeBuilder();
    assertThat(HexFormat.of().formatHex(tree.root())).isEqualTo(Rfc9162VectorsTest.ROOTS.get(0));

    // When they are appended one by one / Then every prefix has the reference root
    List<byte[]> leaves = Rfc9162VectorsTest.leafHashes(Rfc9162VectorsTest.LEAVES.size());
    for (int n = 1; n <= leaves.size(); n++) {
      tree.append(leaves.get(n - 1));
      assertThat(HexFormat.of().formatHex(tree.root()))
          .as("root of %d leaves", n)
          .isEqualTo(Rfc9162VectorsTest.ROOTS.get(n));
    }
  }

  @Property(tries = 100)
  void streamedRootEqualsRecursiveRoot(@ForAll @IntRange(min = 0, max = 600) int size) {
    List<byte[]> leaves = leaves(size);
    TreeBuilder tree = new TreeBuilder();
    leaves.forEach(tree::append);

    assertThat(tree.root()).isEqualTo(Rfc9162.root(leaves));
    assertThat(tree.size()).isEqualTo(size);
  }

  @Property(tries = 100)
  void copyGrowsIndependently(
      @ForAll @IntRange(min = 0, max = 200) int first,
      @ForAll @IntRange(min = 0, max = 200) int more) {
    List<byte[]> leaves = leaves(first + more);
    TreeBuilder tree = new TreeBuilder();
    leaves.subList(0, first).forEach(tree::append);

    TreeBuilder copy = tree.copy();
    leaves.subList(first, first + more).forEach(copy::append);

    assertThat(tree.root()).isEqualTo(Rfc9162.root(leaves.subList(0, first)));
    assertThat(copy.root()).isEqualTo(Rfc9162.root(leaves));
  }

  static List<byte[]> leaves(int n) {
    List<byte[]> leaves = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      leaves.add(Rfc9162.leafHash(("leaf-" + i).getBytes()));
    }
    return leaves;
  }
}
