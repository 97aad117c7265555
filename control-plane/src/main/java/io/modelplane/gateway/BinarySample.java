package io.modelplane.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.buffer.Buffer;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * A sampled request in the Open Inference Protocol's binary tensor data extension, turned back into
 * the JSON form drift monitoring reads: the JSON part's inputs that carry {@code binary_data_size}
 * get their elements (read in input order from the bytes after the JSON) as a {@code data} array.
 * Inputs of a datatype monitoring does not profile (BYTES, FP16, …) or whose bytes do not match
 * their shape keep no data; the runner, not the sampler, rejects malformed requests.
 */
final class BinarySample {

  private static final String SIZE = "binary_data_size";

  private BinarySample() {}

  /** {@code request}: the JSON document of the first {@code jsonLength} bytes of {@code body}. */
  static JsonNode withData(JsonNode request, Buffer body, int jsonLength) {
    if (!(request instanceof ObjectNode) || !request.path("inputs").isArray()) {
      return request;
    }
    ByteBuffer rest = ByteBuffer.wrap(body.getBytes()).order(ByteOrder.LITTLE_ENDIAN);
    rest.position(Math.min(jsonLength, rest.limit()));
    for (JsonNode input : request.path("inputs")) {
      long size = input.path("parameters").path(SIZE).asLong(-1);
      if (size < 0 || !(input instanceof ObjectNode tensor)) {
        continue;
      }
      if (size > rest.remaining()) {
        return request;
      }
      ByteBuffer bytes = rest.slice(rest.position(), (int) size).order(ByteOrder.LITTLE_ENDIAN);
      rest.position(rest.position() + (int) size);
      ArrayNode data = elements(tensor.path("datatype").asText(""), bytes, tensor.arrayNode());
      if (data != null) {
        tensor.set("data", data);
        ((ObjectNode) tensor.path("parameters")).remove(SIZE);
      }
    }
    return request;
  }

  private static ArrayNode elements(String datatype, ByteBuffer bytes, ArrayNode out) {
    switch (datatype) {
      case "FP32" -> {
        while (bytes.remaining() >= Float.BYTES) {
          out.add(bytes.getFloat());
        }
      }
      case "FP64" -> {
        while (bytes.remaining() >= Double.BYTES) {
          out.add(bytes.getDouble());
        }
      }
      case "INT32" -> {
        while (bytes.remaining() >= Integer.BYTES) {
          out.add(bytes.getInt());
        }
      }
      case "INT64" -> {
        while (bytes.remaining() >= Long.BYTES) {
          out.add(bytes.getLong());
        }
      }
      case "BOOL" -> {
        while (bytes.hasRemaining()) {
          out.add(bytes.get() != 0);
        }
      }
      default -> {
        return null;
      }
    }
    return bytes.hasRemaining() ? null : out;
  }
}
