package io.modelplane.runner.protocol;

import java.util.List;

/** GET /v2/models/{m}: the model's signature; -1 marks a variable dimension. */
public record ModelMetadata(
    String name,
    List<String> versions,
    String platform,
    List<TensorMetadata> inputs,
    List<TensorMetadata> outputs) {

  /** A tensor in the signature. */
  public record TensorMetadata(String name, String datatype, List<Long> shape) {}
}
