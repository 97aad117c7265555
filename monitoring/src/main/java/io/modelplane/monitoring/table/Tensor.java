package io.modelplane.monitoring.table;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One Open Inference Protocol v2 tensor, flattened row-major: {@code numbers} for numeric
 * datatypes, {@code strings} for BYTES and BOOL (as "true"/"false").
 */
record Tensor(
    String name, String datatype, int rows, int width, double[] numbers, String[] strings) {

  private static final Set<String> FLOATING = Set.of("FP16", "FP32", "FP64", "BF16");
  private static final Set<String> INTEGER =
      Set.of("INT8", "INT16", "INT32", "INT64", "UINT8", "UINT16", "UINT32", "UINT64");

  boolean floating() {
    return FLOATING.contains(datatype);
  }

  /** The tensor, or {@code null} after reporting why it cannot be used. */
  static Tensor parse(JsonNode node, ProblemLog problems) {
    String name = node.path("name").asText("");
    String datatype = node.path("datatype").asText("");
    JsonNode shape = node.path("shape");
    String label = name.isEmpty() ? null : name;
    if (name.isEmpty() || !shape.isArray() || shape.isEmpty() || !node.path("data").isArray()) {
      problems.add(
          label,
          ProblemCode.BAD_TENSOR,
          1,
          "a tensor without name, shape or data array was skipped");
      return null;
    }
    long rows = shape.get(0).asLong(-1);
    long width = 1;
    for (int i = 1; i < shape.size(); i++) {
      width *= shape.get(i).asLong(-1);
    }
    List<JsonNode> data = new ArrayList<>();
    flatten(node.path("data"), data);
    if (rows < 0 || width < 1 || rows * width != data.size() || rows > Integer.MAX_VALUE) {
      problems.add(
          name,
          ProblemCode.BAD_TENSOR,
          1,
          "tensor "
              + name
              + " has "
              + data.size()
              + " values, which does not match its shape "
              + shape);
      return null;
    }
    boolean numeric = FLOATING.contains(datatype) || INTEGER.contains(datatype);
    if (!numeric && !datatype.equals("BYTES") && !datatype.equals("BOOL")) {
      problems.add(
          name, ProblemCode.BAD_TENSOR, 1, "tensor " + name + " has unknown datatype " + datatype);
      return null;
    }
    return numeric
        ? numbers(name, datatype, (int) rows, (int) width, data, problems)
        : strings(name, datatype, (int) rows, (int) width, data, problems);
  }

  private static Tensor numbers(
      String name, String type, int rows, int width, List<JsonNode> data, ProblemLog problems) {
    double[] values = new double[data.size()];
    for (int i = 0; i < values.length; i++) {
      JsonNode v = data.get(i);
      if (v.isNumber()) {
        values[i] = v.doubleValue();
      } else if (v.isTextual() && NumberSyntax.isNonFiniteLiteral(v.asText())) {
        values[i] = Double.NaN;
      } else {
        problems.add(
            name,
            ProblemCode.BAD_TENSOR,
            1,
            "tensor " + name + " of type " + type + " holds a non-number; skipped");
        return null;
      }
    }
    return new Tensor(name, type, rows, width, values, null);
  }

  private static Tensor strings(
      String name, String type, int rows, int width, List<JsonNode> data, ProblemLog problems) {
    String[] values = new String[data.size()];
    for (int i = 0; i < values.length; i++) {
      JsonNode v = data.get(i);
      if (v.isTextual() || v.isBoolean()) {
        values[i] = v.asText();
      } else if (type.equals("BOOL") && v.isNumber()) {
        values[i] = v.asInt() != 0 ? "true" : "false";
      } else {
        problems.add(
            name,
            ProblemCode.BAD_TENSOR,
            1,
            "tensor " + name + " of type " + type + " holds a value that is not a string; skipped");
        return null;
      }
    }
    return new Tensor(name, type, rows, width, null, values);
  }

  private static void flatten(JsonNode node, List<JsonNode> into) {
    for (JsonNode e : node) {
      if (e.isArray()) {
        flatten(e, into);
      } else {
        into.add(e);
      }
    }
  }
}
