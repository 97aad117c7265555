package io.modelplane.runner.protocol;

import java.util.List;
import java.util.Map;

/** POST /v2/models/{m}/infer body. Requested outputs are accepted and all outputs returned. */
public record InferenceRequest(
    String id,
    Map<String, Object> parameters,
    List<RequestInput> inputs,
    List<Map<String, Object>> outputs) {}
