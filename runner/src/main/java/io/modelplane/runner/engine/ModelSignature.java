package io.modelplane.runner.engine;

import java.util.List;

/** What a loaded model accepts and returns, as reported by the protocol's model metadata. */
public record ModelSignature(String platform, List<TensorSpec> inputs, List<TensorSpec> outputs) {

  public ModelSignature {
    inputs = List.copyOf(inputs);
    outputs = List.copyOf(outputs);
  }
}
