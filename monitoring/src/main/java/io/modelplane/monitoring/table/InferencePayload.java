package io.modelplane.monitoring.table;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One sampled inference: the Open Inference Protocol v2 request body and its response body (either
 * may be {@code null}). Tensors of both are mapped together, so an output tensor named like a
 * baseline column keeps the request's [rows, F] input from being mapped onto that column too.
 */
public record InferencePayload(JsonNode request, JsonNode response) {}
