package io.modelplane.runner.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/** One input tensor; data may be flat or nested, row-major either way. */
public record RequestInput(
    String name,
    List<Long> shape,
    String datatype,
    Map<String, Object> parameters,
    JsonNode data) {}
