package io.modelplane.registry.inspect;

import java.util.List;

/**
 * One input or output as the Open Inference Protocol v2 describes it: a name, a datatype ({@code
 * BOOL, UINT8…UINT64, INT8…INT64, FP16, FP32, FP64, BYTES}) and a shape where -1 is a dynamic
 * dimension.
 */
public record TensorSpec(String name, String datatype, List<Long> shape) {}
