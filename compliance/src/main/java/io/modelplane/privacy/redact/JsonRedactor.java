package io.modelplane.privacy.redact;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * Redacts a JSON document (an inference request or answer): every string value, and every integer
 * that holds an entity (a card number sent as a number becomes a string token). Field names and
 * other numbers stay, so tensors keep their shape for drift statistics.
 */
public final class JsonRedactor {

  private final TextRedactor text;

  public JsonRedactor(TextRedactor text) {
    this.text = text;
  }

  /** A redacted copy; {@code node} itself is not changed. */
  public JsonNode redact(JsonNode node) {
    if (node == null) {
      return null;
    }
    return switch (node.getNodeType()) {
      case STRING -> redactString(node);
      case NUMBER -> redactNumber(node);
      case ARRAY -> redactArray((ArrayNode) node);
      case OBJECT -> redactObject((ObjectNode) node);
      default -> node.deepCopy();
    };
  }

  private JsonNode redactString(JsonNode node) {
    String value = node.textValue();
    String redacted = text.redact(value);
    return redacted == value ? node : JsonNodeFactory.instance.textNode(redacted);
  }

  private JsonNode redactNumber(JsonNode node) {
    if (!node.isIntegralNumber()) {
      return node;
    }
    String value = node.asText();
    String redacted = text.redact(value);
    return redacted == value ? node : JsonNodeFactory.instance.textNode(redacted);
  }

  private JsonNode redactArray(ArrayNode array) {
    ArrayNode copy = JsonNodeFactory.instance.arrayNode(array.size());
    for (JsonNode element : array) {
      copy.add(redact(element));
    }
    return copy;
  }

  private JsonNode redactObject(ObjectNode object) {
    ObjectNode copy = JsonNodeFactory.instance.objectNode();
    for (Map.Entry<String, JsonNode> field : object.properties()) {
      copy.set(field.getKey(), redact(field.getValue()));
    }
    return copy;
  }
}
