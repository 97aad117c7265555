package io.modelplane.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.buffer.Buffer;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Binary tensor data of a sampled request becomes the inputs' JSON data, in input order. */
class BinarySampleTest {

  private final ObjectMapper json = new ObjectMapper();

  @Test
  void shouldDecodeEachBinaryInputInOrderAndLeaveJsonInputsAlone() throws Exception {
    // Given an INT64 and a BOOL input in binary, and an FP32 input given as JSON data
    String header =
        "{\"inputs\":["
            + "{\"name\":\"ids\",\"shape\":[2],\"datatype\":\"INT64\",\"parameters\":{\"binary_data_size\":16}},"
            + "{\"name\":\"x\",\"shape\":[1],\"datatype\":\"FP32\",\"data\":[0.5]},"
            + "{\"name\":\"flags\",\"shape\":[3],\"datatype\":\"BOOL\",\"parameters\":{\"binary_data_size\":3}}]}";
    ByteBuffer data = ByteBuffer.allocate(19).order(ByteOrder.LITTLE_ENDIAN);
    data.putLong(7).putLong(-3).put((byte) 1).put((byte) 0).put((byte) 1);

    // When the sample is decoded
    JsonNode request = decode(header, data.array());

    // Then
    assertThat(request.at("/inputs/0/data").toString()).isEqualTo("[7,-3]");
    assertThat(request.at("/inputs/0/parameters").has("binary_data_size")).isFalse();
    assertThat(request.at("/inputs/1/data").toString()).isEqualTo("[0.5]");
    assertThat(request.at("/inputs/2/data").toString()).isEqualTo("[true,false,true]");
  }

  @Test
  void shouldKeepNoDataWhenTheBytesDoNotFitTheDatatypeOrRunOut() throws Exception {
    // Given an FP64 input whose 12 bytes are not whole doubles, and one claiming more than is left
    String header =
        "{\"inputs\":["
            + "{\"name\":\"a\",\"shape\":[1],\"datatype\":\"FP64\",\"parameters\":{\"binary_data_size\":12}},"
            + "{\"name\":\"b\",\"shape\":[1],\"datatype\":\"FP32\",\"parameters\":{\"binary_data_size\":64}}]}";

    // When the sample is decoded
    JsonNode request = decode(header, new byte[12]);

    // Then neither gets data (drift monitoring reports such tensors as skipped)
    assertThat(request.at("/inputs/0").has("data")).isFalse();
    assertThat(request.at("/inputs/1").has("data")).isFalse();
  }

  private JsonNode decode(String header, byte[] data) throws Exception {
    byte[] head = header.getBytes(StandardCharsets.UTF_8);
    Buffer body = Buffer.buffer(head).appendBytes(data);
    return BinarySample.withData(json.readTree(head), body, head.length);
  }
}
