package io.modelplane.runner.protocol;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.HashMap;
import java.util.Map;

/**
 * The protocol's binary tensor data extension (KServe / Triton): the first {@code
 * Inference-Header-Content-Length} bytes are the JSON request, the rest is the raw little-endian
 * data of every input whose parameters carry {@code binary_data_size}, in the order the inputs are
 * listed. Numbers then skip JSON parsing, which costs more than a tree-model prediction.
 */
record BinaryBody(InferenceRequest request, Map<String, ByteBuffer> tensors) {

  static final String HEADER_LENGTH = "Inference-Header-Content-Length";
  static final String DATA_SIZE = "binary_data_size";

  static BinaryBody parse(byte[] body, String headerLength, ObjectMapper json) throws IOException {
    int header = headerLength(headerLength, body.length);
    InferenceRequest request = json.readValue(body, 0, header, InferenceRequest.class);
    if (request == null || request.inputs() == null) {
      return new BinaryBody(request, Map.of());
    }
    Map<String, ByteBuffer> tensors = new HashMap<>();
    int offset = header;
    for (RequestInput input : request.inputs()) {
      if (input == null || input.parameters() == null) {
        continue;
      }
      Object declared = input.parameters().get(DATA_SIZE);
      if (declared == null) {
        continue;
      }
      int size = size(input.name(), declared);
      if (size > body.length - offset) {
        throw ProtocolException.badRequest(
            "input '"
                + input.name()
                + "' declares "
                + DATA_SIZE
                + " "
                + size
                + " but only "
                + (body.length - offset)
                + " bytes of binary data are left: the body is truncated");
      }
      if (input.data() != null && !input.data().isNull()) {
        throw ProtocolException.badRequest(
            "input '" + input.name() + "' has both JSON data and " + DATA_SIZE);
      }
      tensors.put(
          input.name(), ByteBuffer.wrap(body, offset, size).slice().order(ByteOrder.LITTLE_ENDIAN));
      offset += size;
    }
    if (offset != body.length) {
      throw ProtocolException.badRequest(
          "the body has "
              + (body.length - header)
              + " bytes after the JSON header but the inputs' "
              + DATA_SIZE
              + " declare only "
              + (offset - header));
    }
    return new BinaryBody(request, tensors);
  }

  private static int headerLength(String value, int bodyLength) {
    int length;
    try {
      length = Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      throw ProtocolException.badRequest(HEADER_LENGTH + " '" + value + "' is not a number");
    }
    if (length <= 0 || length > bodyLength) {
      throw ProtocolException.badRequest(
          HEADER_LENGTH + " is " + length + " but the body has " + bodyLength + " bytes");
    }
    return length;
  }

  private static int size(String name, Object declared) {
    if (declared instanceof Number number
        && number.longValue() >= 0
        && number.longValue() <= Integer.MAX_VALUE
        && number.doubleValue() == number.longValue()) {
      return number.intValue();
    }
    throw ProtocolException.badRequest(
        "input '" + name + "': " + DATA_SIZE + " must be a byte count, not " + declared);
  }
}
