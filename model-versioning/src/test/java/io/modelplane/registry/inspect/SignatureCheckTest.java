package io.modelplane.registry.inspect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SignatureCheckTest {

  private static final ModelSignature TEXT_MODEL =
      signature(spec("text", "BYTES", -1), spec("embedding", "FP32", -1, 384));

  @Test
  void shouldFindNothingWhenTheDeclarationEqualsTheModel() {
    // Given
    ModelSignature declared =
        signature(spec("text", "BYTES", -1), spec("embedding", "FP32", -1, 384));

    // When
    List<String> mismatches = SignatureCheck.mismatches(declared, TEXT_MODEL);

    // Then
    assertThat(mismatches).isEmpty();
  }

  @Test
  void shouldLetDynamicDimensionsOnEitherSideMatchAnySize() {
    // Given
    ModelSignature declared = signature(spec("text", "BYTES", 8), spec("embedding", "FP32", 8, -1));

    // When
    List<String> mismatches = SignatureCheck.mismatches(declared, TEXT_MODEL);

    // Then
    assertThat(mismatches).isEmpty();
  }

  @Test
  void shouldNameADeclaredInputTheModelDoesNotHaveAndTheOneItHasInstead() {
    // Given
    ModelSignature declared =
        signature(spec("sentence", "BYTES", -1), spec("embedding", "FP32", -1, 384));

    // When
    List<String> mismatches = SignatureCheck.mismatches(declared, TEXT_MODEL);

    // Then
    assertThat(mismatches)
        .containsExactly(
            "declared input 'sentence' is not in the model, whose inputs are [text]",
            "the model's input 'text' (BYTES [-1]) is not declared");
  }

  @Test
  void shouldReportADatatypeDifference() {
    // Given
    ModelSignature declared =
        signature(spec("text", "BYTES", -1), spec("embedding", "FP64", -1, 384));

    // When
    List<String> mismatches = SignatureCheck.mismatches(declared, TEXT_MODEL);

    // Then
    assertThat(mismatches)
        .containsExactly("output 'embedding': declared datatype FP64, but the model's is FP32");
  }

  @Test
  void shouldReportADifferentSizeInAFixedDimension() {
    // Given
    ModelSignature declared =
        signature(spec("text", "BYTES", -1), spec("embedding", "FP32", -1, 768));

    // When
    List<String> mismatches = SignatureCheck.mismatches(declared, TEXT_MODEL);

    // Then
    assertThat(mismatches)
        .containsExactly(
            "output 'embedding': declared shape [-1, 768], but the model's is [-1, 384]"
                + " (-1 matches any size; other sizes must be equal)");
  }

  @Test
  void shouldReportADifferentRankEvenWhenAllDimensionsAreDynamic() {
    // Given
    ModelSignature declared =
        signature(spec("text", "BYTES", -1, -1), spec("embedding", "FP32", -1, 384));

    // When
    List<String> mismatches = SignatureCheck.mismatches(declared, TEXT_MODEL);

    // Then
    assertThat(mismatches)
        .containsExactly(
            "input 'text': declared shape [-1, -1], but the model's is [-1] (rank 2 vs 1)");
  }

  @Test
  void shouldReportAnUndeclaredExtraOutput() {
    // Given
    ModelSignature declared =
        signature(spec("text", "BYTES", -1), spec("embedding", "FP32", -1, 384));
    ModelSignature actual =
        new ModelSignature(
            TEXT_MODEL.inputs(),
            List.of(spec("embedding", "FP32", -1, 384), spec("pooled", "FP32", -1, 384)));

    // When
    List<String> mismatches = SignatureCheck.mismatches(declared, actual);

    // Then
    assertThat(mismatches)
        .containsExactly("the model's output 'pooled' (FP32 [-1, 384]) is not declared");
  }

  static ModelSignature signature(TensorSpec input, TensorSpec output) {
    return new ModelSignature(List.of(input), List.of(output));
  }

  static TensorSpec spec(String name, String datatype, long... shape) {
    return new TensorSpec(name, datatype, java.util.Arrays.stream(shape).boxed().toList());
  }
}
