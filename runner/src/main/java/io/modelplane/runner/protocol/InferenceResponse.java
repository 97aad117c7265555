package io.modelplane.runner.protocol;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** The infer response: outputs as flat row-major data with their shapes. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record InferenceResponse(
    @JsonProperty("model_name") String modelName,
    @JsonProperty("model_version") String modelVersion,
    String id,
    List<ResponseOutput> outputs) {

  /** {@code data} is the tensor's primitive array, which Jackson writes as a flat JSON array. */
  public record ResponseOutput(String name, String datatype, long[] shape, Object data) {}
}
