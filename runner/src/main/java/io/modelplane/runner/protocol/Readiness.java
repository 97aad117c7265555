package io.modelplane.runner.protocol;

import com.fasterxml.jackson.annotation.JsonInclude;

/** Health and model-readiness bodies; the status code carries the answer, the body explains. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Readiness(String name, Boolean live, Boolean ready, String reason) {}
