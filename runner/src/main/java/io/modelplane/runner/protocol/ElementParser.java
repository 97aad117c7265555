package io.modelplane.runner.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import io.modelplane.runner.engine.DataType;
import java.util.List;

/** Converts JSON leaves into the primitive array of a datatype, refusing what does not fit. */
final class ElementParser {

  private ElementParser() {}

  static Object parse(String name, DataType datatype, List<JsonNode> leaves) {
    int n = leaves.size();
    switch (datatype) {
      case FP32 -> {
        float[] data = new float[n];
        for (int i = 0; i < n; i++) {
          data[i] = (float) number(name, datatype, leaves.get(i)).doubleValue();
        }
        return data;
      }
      case FP64 -> {
        double[] data = new double[n];
        for (int i = 0; i < n; i++) {
          data[i] = number(name, datatype, leaves.get(i)).doubleValue();
        }
        return data;
      }
      case INT32 -> {
        int[] data = new int[n];
        for (int i = 0; i < n; i++) {
          JsonNode leaf = integral(name, datatype, leaves.get(i));
          if (!leaf.canConvertToInt()) {
            throw mismatch(name, datatype, leaf);
          }
          data[i] = leaf.intValue();
        }
        return data;
      }
      case INT64 -> {
        long[] data = new long[n];
        for (int i = 0; i < n; i++) {
          JsonNode leaf = integral(name, datatype, leaves.get(i));
          if (!leaf.canConvertToLong()) {
            throw mismatch(name, datatype, leaf);
          }
          data[i] = leaf.longValue();
        }
        return data;
      }
      case BOOL -> {
        boolean[] data = new boolean[n];
        for (int i = 0; i < n; i++) {
          if (!leaves.get(i).isBoolean()) {
            throw mismatch(name, datatype, leaves.get(i));
          }
          data[i] = leaves.get(i).booleanValue();
        }
        return data;
      }
      case BYTES -> {
        String[] data = new String[n];
        for (int i = 0; i < n; i++) {
          if (!leaves.get(i).isTextual()) {
            throw mismatch(name, datatype, leaves.get(i));
          }
          data[i] = leaves.get(i).textValue();
        }
        return data;
      }
      default -> throw new IllegalStateException("unhandled datatype " + datatype);
    }
  }

  private static Number number(String name, DataType datatype, JsonNode leaf) {
    if (!leaf.isNumber()) {
      throw mismatch(name, datatype, leaf);
    }
    return leaf.numberValue();
  }

  private static JsonNode integral(String name, DataType datatype, JsonNode leaf) {
    if (!leaf.isIntegralNumber()) {
      throw mismatch(name, datatype, leaf);
    }
    return leaf;
  }

  private static ProtocolException mismatch(String name, DataType datatype, JsonNode leaf) {
    String shown = leaf.toString();
    if (shown.length() > 40) {
      shown = shown.substring(0, 40) + "…";
    }
    return ProtocolException.badRequest(
        "input '" + name + "' is " + datatype + " but holds the element " + shown);
  }
}
