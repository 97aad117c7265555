package io.modelplane.runner.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import io.modelplane.runner.engine.DataType;
import io.modelplane.runner.engine.ModelSignature;
import io.modelplane.runner.engine.Tensor;
import io.modelplane.runner.engine.TensorSpec;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks a request against the model's signature and turns it into tensors, so that every client
 * mistake becomes a 400 here and never reaches an engine (where it would look like a 500).
 */
public final class RequestDecoder {

  private RequestDecoder() {}

  /** Returns the inputs in signature order. */
  public static List<Tensor> decode(InferenceRequest request, ModelSignature signature) {
    return decode(request, signature, Map.of());
  }

  /** Inputs named in {@code binary} take their elements from those bytes instead of JSON data. */
  static List<Tensor> decode(
      InferenceRequest request, ModelSignature signature, Map<String, ByteBuffer> binary) {
    if (request == null || request.inputs() == null || request.inputs().isEmpty()) {
      throw ProtocolException.badRequest("the request has no inputs");
    }
    Map<String, RequestInput> byName = new HashMap<>();
    for (RequestInput input : request.inputs()) {
      if (input == null || input.name() == null) {
        throw ProtocolException.badRequest("every input needs a name");
      }
      if (byName.put(input.name(), input) != null) {
        throw ProtocolException.badRequest("input '" + input.name() + "' appears twice");
      }
      if (signature.inputs().stream().noneMatch(spec -> spec.name().equals(input.name()))) {
        throw ProtocolException.badRequest(
            "unexpected input '" + input.name() + "': the model takes " + names(signature));
      }
    }
    List<Tensor> tensors = new ArrayList<>();
    for (TensorSpec spec : signature.inputs()) {
      RequestInput input = byName.get(spec.name());
      if (input == null) {
        throw ProtocolException.badRequest("missing input '" + spec.name() + "'");
      }
      tensors.add(decode(input, spec, binary.get(spec.name())));
    }
    long rows = tensors.getFirst().rows();
    if (tensors.stream().anyMatch(tensor -> tensor.rows() != rows)) {
      throw ProtocolException.badRequest("all inputs must have the same first dimension");
    }
    return tensors;
  }

  private static Tensor decode(RequestInput input, TensorSpec spec, ByteBuffer binary) {
    String name = input.name();
    DataType datatype =
        DataType.fromProtocol(String.valueOf(input.datatype()))
            .orElseThrow(
                () ->
                    ProtocolException.badRequest(
                        "input '" + name + "': unknown datatype '" + input.datatype() + "'"));
    if (datatype != spec.datatype()) {
      throw ProtocolException.badRequest(
          "input '" + name + "' must be " + spec.datatype() + ", not " + datatype);
    }
    long[] shape = shape(input, spec);
    if (binary != null) {
      long count = Tensor.elementCount(shape);
      // Every element takes at least one byte, which also keeps the count within an int.
      if (count > binary.remaining()) {
        throw ProtocolException.badRequest(
            "input '"
                + name
                + "' has "
                + binary.remaining()
                + " bytes of binary data but shape "
                + input.shape()
                + " needs "
                + count
                + " elements");
      }
      return new Tensor(
          name, datatype, shape, BinaryElements.parse(name, datatype, binary, (int) count));
    }
    if (input.data() == null || input.data().isNull()) {
      throw ProtocolException.badRequest("input '" + name + "' has no data");
    }
    List<JsonNode> leaves = new ArrayList<>();
    flatten(input.data(), leaves);
    long expected = Tensor.elementCount(shape);
    if (leaves.size() != expected) {
      throw ProtocolException.badRequest(
          "input '"
              + name
              + "' has "
              + leaves.size()
              + " elements but shape "
              + input.shape()
              + " needs "
              + expected);
    }
    return new Tensor(name, datatype, shape, ElementParser.parse(name, datatype, leaves));
  }

  private static long[] shape(RequestInput input, TensorSpec spec) {
    List<Long> shape = input.shape();
    if (shape == null || shape.isEmpty() || shape.stream().anyMatch(d -> d == null || d < 0)) {
      throw ProtocolException.badRequest(
          "input '" + input.name() + "' needs a shape of non-negative dimensions");
    }
    if (shape.size() != spec.shape().size()) {
      throw ProtocolException.badRequest(
          "input '" + input.name() + "' must have shape " + spec.shape() + ", got " + shape);
    }
    for (int i = 0; i < shape.size(); i++) {
      long wanted = spec.shape().get(i);
      if (wanted >= 0 && shape.get(i) != wanted) {
        throw ProtocolException.badRequest(
            "input '" + input.name() + "' must have shape " + spec.shape() + ", got " + shape);
      }
    }
    if (shape.getFirst() == 0) {
      throw ProtocolException.badRequest("input '" + input.name() + "' has no rows");
    }
    return shape.stream().mapToLong(Long::longValue).toArray();
  }

  private static void flatten(JsonNode node, List<JsonNode> leaves) {
    if (node.isArray()) {
      for (JsonNode child : node) {
        flatten(child, leaves);
      }
    } else {
      leaves.add(node);
    }
  }

  private static String names(ModelSignature signature) {
    return signature.inputs().stream().map(TensorSpec::name).toList().toString();
  }
}
