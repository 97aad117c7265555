package io.modelplane.error;

import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.validation.ConstraintViolation;
import java.util.List;

/** Names fields the way the caller wrote them: {@code inputs[0].name}. */
public final class JsonPaths {

  private JsonPaths() {}

  public static String of(List<JsonMappingException.Reference> path) {
    StringBuilder sb = new StringBuilder();
    for (JsonMappingException.Reference ref : path) {
      if (ref.getFieldName() != null) {
        sb.append(sb.isEmpty() ? "" : ".").append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        sb.append('[').append(ref.getIndex()).append(']');
      }
    }
    return sb.toString();
  }

  /** Drops the method and parameter nodes of a violation, keeping the body's field path. */
  public static String fieldOf(ConstraintViolation<?> v) {
    StringBuilder sb = new StringBuilder();
    String parameter = null;
    for (var node : v.getPropertyPath()) {
      switch (node.getKind()) {
        case PARAMETER -> parameter = node.getName();
        case PROPERTY, CONTAINER_ELEMENT -> {
          if (node.getIndex() != null) {
            sb.append('[').append(node.getIndex()).append(']');
          }
          if (node.getName() != null && !node.getName().startsWith("<")) {
            sb.append(sb.isEmpty() ? "" : ".").append(node.getName());
          }
        }
        default -> {}
      }
    }
    return sb.isEmpty() && parameter != null ? parameter : sb.toString();
  }
}
