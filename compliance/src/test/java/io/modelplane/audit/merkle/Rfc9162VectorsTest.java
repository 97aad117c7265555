package io.modelplane.audit.merkle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Root hashes of the reference tree used by transparency-dev/merkle (testonly/constants.go): the
 * eight leaf inputs and the RFC 6962/9162 root of every prefix, computed by that implementation.
 */
class Rfc9162VectorsTest {

  static final List<String> LEAVES =
      List.of(
          "",
          "00",
          "10",
          "2021",
          "3031",
          "40414243",
          "5051525354555657",
          "606162636465666768696a6b6c6d6e6f");

  static final List<String> ROOTS =
      List.of(
          "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
          "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
          "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
          "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
          "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
          "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
          "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
          "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
          "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328");

  static List<byte[]> leafHashes(int n) {
    List<byte[]> hashes = new ArrayList<>();
    for (String leaf : LEAVES.subList(0, n)) {
      hashes.add(Rfc9162.leafHash(HexFormat.of().parseHex(leaf)));
    }
    return hashes;
  }

  @Test
  void shouldHashEveryPrefixToTheReferenceRoot() {
    for (int n = 0; n <= LEAVES.size(); n++) {
      assertThat(HexFormat.of().formatHex(Rfc9162.root(leafHashes(n))))
          .as("root of %d leaves", n)
          .isEqualTo(ROOTS.get(n));
    }
  }

  @Test
  void shouldVerifyEveryInclusionProofOfTheReferenceTree() {
    for (int n = 1; n <= LEAVES.size(); n++) {
      List<byte[]> leaves = leafHashes(n);
      byte[] root = HexFormat.of().parseHex(ROOTS.get(n));
      for (int i = 0; i < n; i++) {
        assertThat(Verifier.inclusion(i, n, leaves.get(i), Proofs.inclusion(i, leaves), root))
            .as("leaf %d of %d", i, n)
            .isTrue();
      }
    }
  }

  @Test
  void shouldVerifyEveryConsistencyProofOfTheReferenceTree() {
    for (int second = 1; second <= LEAVES.size(); second++) {
      List<byte[]> leaves = leafHashes(second);
      for (int first = 1; first <= second; first++) {
        boolean ok =
            Verifier.consistency(
                first,
                second,
                HexFormat.of().parseHex(ROOTS.get(first)),
                HexFormat.of().parseHex(ROOTS.get(second)),
                Proofs.consistency(first, leaves));
        assertThat(ok).as("%d -> %d", first, second).isTrue();
      }
    }
  }

  @Test
  void shouldRejectProofAgainstAnotherRoot() {
    List<byte[]> leaves = leafHashes(8);
    byte[] otherRoot = HexFormat.of().parseHex(ROOTS.get(7));

    assertThat(Verifier.inclusion(3, 8, leaves.get(3), Proofs.inclusion(3, leaves), otherRoot))
        .isFalse();
  }
}
