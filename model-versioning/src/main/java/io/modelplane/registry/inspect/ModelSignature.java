package io.modelplane.registry.inspect;

import java.util.List;

/** What a model takes and returns, as served (text models take BYTES, not token ids). */
public record ModelSignature(List<TensorSpec> inputs, List<TensorSpec> outputs) {}
