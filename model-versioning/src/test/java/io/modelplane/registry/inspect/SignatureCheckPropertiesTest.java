package io.modelplane.registry.inspect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class SignatureCheckPropertiesTest {

  @Property
  void shouldFindEverySignatureCompatibleWithItself(@ForAll("shapes") List<Long> shape) {
    // Given
    ModelSignature signature =
        new ModelSignature(
            List.of(new TensorSpec("input", "FP32", shape)),
            List.of(new TensorSpec("output", "FP32", shape)));

    // When
    List<String> mismatches = SignatureCheck.mismatches(signature, signature);

    // Then
    assertThat(mismatches).isEmpty();
  }

  @Property
  void shouldMatchAnyShapeOfTheSameRankWithAnAllDynamicShape(@ForAll("shapes") List<Long> shape) {
    // Given
    List<Long> dynamic = Collections.nCopies(shape.size(), -1L);

    // When
    boolean compatible = SignatureCheck.shapesCompatible(dynamic, shape);

    // Then
    assertThat(compatible).isTrue();
  }

  @Property
  void shouldNeverMatchShapesOfDifferentRank(
      @ForAll("shapes") List<Long> declared, @ForAll("shapes") List<Long> actual) {
    // Given
    Assume.that(declared.size() != actual.size());

    // When
    boolean compatible = SignatureCheck.shapesCompatible(declared, actual);

    // Then
    assertThat(compatible).isFalse();
  }

  @Provide
  Arbitrary<List<Long>> shapes() {
    return Arbitraries.oneOf(Arbitraries.just(-1L), Arbitraries.longs().between(1, 4096))
        .list()
        .ofMinSize(0)
        .ofMaxSize(5);
  }
}
