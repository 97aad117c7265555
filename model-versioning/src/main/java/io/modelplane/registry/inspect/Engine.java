package io.modelplane.registry.inspect;

import java.util.Locale;
import java.util.Optional;

/** The inference engines a version can be registered for. */
public enum Engine {
  ONNX,
  XGBOOST,
  PYTORCH;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<Engine> fromId(String id) {
    for (Engine e : values()) {
      if (e.id().equals(id)) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }
}
