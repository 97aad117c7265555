package io.modelplane.runner.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelplane.runner.engine.DataType;
import io.modelplane.runner.engine.ModelSignature;
import io.modelplane.runner.engine.Tensor;
import io.modelplane.runner.engine.TensorSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequestDecoderTest {

  private static final ModelSignature TWO_INPUTS =
      new ModelSignature(
          "test",
          List.of(
              new TensorSpec("ids", DataType.INT64, List.of(-1L, 2L)),
              new TensorSpec("mask", DataType.INT32, List.of(-1L, 2L))),
          List.of());

  private static InferenceRequest parse(String json) throws Exception {
    return new ObjectMapper().readValue(json, InferenceRequest.class);
  }

  @Test
  void shouldOrderInputsAsTheSignatureAndFlattenNestedData() throws Exception {
    // Given
    InferenceRequest request =
        parse(
            """
            {"inputs": [
              {"name": "mask", "shape": [2, 2], "datatype": "INT32", "data": [[1, 1], [1, 0]]},
              {"name": "ids", "shape": [2, 2], "datatype": "INT64", "data": [101, 7, 101, 8]}
            ]}
            """);

    // When
    List<Tensor> tensors = RequestDecoder.decode(request, TWO_INPUTS);

    // Then
    assertThat(tensors).extracting(Tensor::name).containsExactly("ids", "mask");
    assertThat((long[]) tensors.get(0).data()).containsExactly(101, 7, 101, 8);
    assertThat((int[]) tensors.get(1).data()).containsExactly(1, 1, 1, 0);
  }

  @Test
  void shouldRefuseInputsWithDifferentRowCounts() throws Exception {
    InferenceRequest request =
        parse(
            """
            {"inputs": [
              {"name": "mask", "shape": [1, 2], "datatype": "INT32", "data": [1, 1]},
              {"name": "ids", "shape": [2, 2], "datatype": "INT64", "data": [1, 2, 3, 4]}
            ]}
            """);
    assertThatThrownBy(() -> RequestDecoder.decode(request, TWO_INPUTS))
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("same first dimension");
  }

  @Test
  void shouldRefuseAMissingInput() throws Exception {
    InferenceRequest request =
        parse(
            """
            {"inputs": [{"name": "ids", "shape": [1, 2], "datatype": "INT64", "data": [1, 2]}]}
            """);
    assertThatThrownBy(() -> RequestDecoder.decode(request, TWO_INPUTS))
        .isInstanceOf(ProtocolException.class)
        .hasMessage("missing input 'mask'");
  }

  @Test
  void shouldRefuseAnIntegerThatDoesNotFitINT32() throws Exception {
    InferenceRequest request =
        parse(
            """
            {"inputs": [
              {"name": "mask", "shape": [1, 2], "datatype": "INT32", "data": [1, 3000000000]},
              {"name": "ids", "shape": [1, 2], "datatype": "INT64", "data": [1, 2]}
            ]}
            """);
    assertThatThrownBy(() -> RequestDecoder.decode(request, TWO_INPUTS))
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("INT32 but holds the element 3000000000");
  }

  @Test
  void shouldRefuseAnUnknownDatatype() throws Exception {
    InferenceRequest request =
        parse(
            """
            {"inputs": [
              {"name": "mask", "shape": [1, 2], "datatype": "FP128", "data": [1, 1]},
              {"name": "ids", "shape": [1, 2], "datatype": "INT64", "data": [1, 2]}
            ]}
            """);
    assertThatThrownBy(() -> RequestDecoder.decode(request, TWO_INPUTS))
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("unknown datatype 'FP128'");
  }
}
