package io.modelplane.runner.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelplane.runner.engine.DataType;
import io.modelplane.runner.engine.ModelSignature;
import io.modelplane.runner.engine.Tensor;
import io.modelplane.runner.engine.TensorSpec;
import io.modelplane.runner.support.BinaryRequests;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class BinaryBodyTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static List<Tensor> decode(BinaryRequests.Body body, ModelSignature signature)
      throws Exception {
    BinaryBody parsed = BinaryBody.parse(body.bytes(), String.valueOf(body.headerLength()), JSON);
    return RequestDecoder.decode(parsed.request(), signature, parsed.tensors());
  }

  private static ModelSignature takes(TensorSpec... inputs) {
    return new ModelSignature("test", List.of(inputs), List.of());
  }

  @Test
  void shouldReadBinaryAndJsonInputsOfOneRequestInSignatureOrder() throws Exception {
    // Given "mask" as JSON, "ids" as INT64 bytes and "flags" as BOOL bytes
    ByteBuffer data = ByteBuffer.allocate(16 + 2).order(ByteOrder.LITTLE_ENDIAN);
    data.putLong(101).putLong(-7).put((byte) 1).put((byte) 0);
    BinaryRequests.Body body =
        BinaryRequests.body(
            """
            {"inputs":[
             {"name":"ids","shape":[2],"datatype":"INT64","parameters":{"binary_data_size":16}},
             {"name":"mask","shape":[2],"datatype":"INT32","data":[1,0]},
             {"name":"flags","shape":[2],"datatype":"BOOL","parameters":{"binary_data_size":2}}]}""",
            data.array());

    // When
    List<Tensor> tensors =
        decode(
            body,
            takes(
                new TensorSpec("mask", DataType.INT32, List.of(-1L)),
                new TensorSpec("flags", DataType.BOOL, List.of(-1L)),
                new TensorSpec("ids", DataType.INT64, List.of(-1L))));

    // Then
    assertThat((int[]) tensors.get(0).data()).containsExactly(1, 0);
    assertThat((boolean[]) tensors.get(1).data()).containsExactly(true, false);
    assertThat((long[]) tensors.get(2).data()).containsExactly(101, -7);
  }

  @Test
  void shouldReadLengthPrefixedTexts() throws Exception {
    // Given
    byte[] first = "héllo".getBytes(StandardCharsets.UTF_8);
    byte[] second = "你好".getBytes(StandardCharsets.UTF_8);
    ByteBuffer data =
        ByteBuffer.allocate(8 + first.length + second.length).order(ByteOrder.LITTLE_ENDIAN);
    data.putInt(first.length).put(first).putInt(second.length).put(second);
    BinaryRequests.Body body =
        BinaryRequests.body(
            """
            {"inputs":[{"name":"text","shape":[2],"datatype":"BYTES",\
            "parameters":{"binary_data_size":%d}}]}"""
                .formatted(data.capacity()),
            data.array());

    // When
    List<Tensor> tensors =
        decode(body, takes(new TensorSpec("text", DataType.BYTES, List.of(-1L))));

    // Then
    assertThat((String[]) tensors.getFirst().data()).containsExactly("héllo", "你好");
  }

  @Test
  void shouldRefuseATextElementCutShort() {
    ByteBuffer data =
        ByteBuffer.allocate(6)
            .order(ByteOrder.LITTLE_ENDIAN)
            .putInt(5)
            .put((byte) 'a')
            .put((byte) 'b');
    BinaryRequests.Body body =
        BinaryRequests.body(
            """
            {"inputs":[{"name":"text","shape":[1],"datatype":"BYTES",\
            "parameters":{"binary_data_size":6}}]}""",
            data.array());

    assertThatThrownBy(
            () -> decode(body, takes(new TensorSpec("text", DataType.BYTES, List.of(-1L)))))
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("element 0 is cut short");
  }

  @Test
  void shouldRefuseBytesThatNoInputDeclares() {
    BinaryRequests.Body whole = BinaryRequests.fp32("x", 1, 2, new float[] {1, 2});
    byte[] longer = java.util.Arrays.copyOf(whole.bytes(), whole.bytes().length + 3);

    assertThatThrownBy(() -> BinaryBody.parse(longer, String.valueOf(whole.headerLength()), JSON))
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("the body has 11 bytes after the JSON header")
        .hasMessageContaining("declare only 8");
  }

  @Test
  void shouldRefuseAnInputWithBothJsonDataAndBinaryData() {
    BinaryRequests.Body body =
        BinaryRequests.body(
            """
            {"inputs":[{"name":"x","shape":[1],"datatype":"FP32","data":[1.0],\
            "parameters":{"binary_data_size":4}}]}""",
            new byte[4]);

    assertThatThrownBy(
            () -> BinaryBody.parse(body.bytes(), String.valueOf(body.headerLength()), JSON))
        .isInstanceOf(ProtocolException.class)
        .hasMessage("input 'x' has both JSON data and binary_data_size");
  }

  @Test
  void shouldRefuseAHeaderLengthThatIsNotANumber() {
    assertThatThrownBy(() -> BinaryBody.parse(new byte[10], "ten", JSON))
        .isInstanceOf(ProtocolException.class)
        .hasMessage("Inference-Header-Content-Length 'ten' is not a number");
  }
}
