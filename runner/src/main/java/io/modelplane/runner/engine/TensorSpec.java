package io.modelplane.runner.engine;

import java.util.List;

/**
 * A named tensor in a model's signature. A dimension of -1 is variable; the first dimension is the
 * batch dimension along which the runner merges and splits requests.
 */
public record TensorSpec(String name, DataType datatype, List<Long> shape) {

  public TensorSpec {
    shape = List.copyOf(shape);
  }
}
