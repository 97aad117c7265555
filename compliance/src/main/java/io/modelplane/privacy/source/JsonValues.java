package io.modelplane.privacy.source;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * Walks a JSON value and hands every string (and integer) to a sink under a path: object fields by
 * name ({@code customer.email}), array elements as {@code [*]}, and elements of arrays of named
 * objects — Open Inference Protocol tensors — by their name ({@code inputs[text].data[*]}), so a
 * column of a payload keeps its identity across samples.
 */
public final class JsonValues {

  private JsonValues() {}

  public static void walk(JsonNode node, String path, CellSink sink) {
    if (node == null) {
      return;
    }
    switch (node.getNodeType()) {
      case STRING -> sink.cell(path.isEmpty() ? "$" : path, node.textValue());
      case NUMBER -> {
        if (node.isIntegralNumber()) {
          sink.cell(path.isEmpty() ? "$" : path, node.asText());
        }
      }
      case OBJECT -> {
        for (Map.Entry<String, JsonNode> field : node.properties()) {
          String child = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
          walk(field.getValue(), child, sink);
        }
      }
      case ARRAY -> {
        for (JsonNode element : node) {
          JsonNode name = element.isObject() ? element.get("name") : null;
          String index = name != null && name.isTextual() ? name.textValue() : "*";
          walk(element, path + "[" + index + "]", sink);
        }
      }
      default -> {}
    }
  }
}
