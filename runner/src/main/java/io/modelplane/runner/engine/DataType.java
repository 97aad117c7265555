package io.modelplane.runner.engine;

import java.util.Arrays;
import java.util.Optional;

/** The Open Inference Protocol tensor datatypes the runner's engines can produce or consume. */
public enum DataType {
  BOOL,
  INT32,
  INT64,
  FP32,
  FP64,
  BYTES;

  public static Optional<DataType> fromProtocol(String name) {
    return Arrays.stream(values()).filter(type -> type.name().equals(name)).findFirst();
  }
}
