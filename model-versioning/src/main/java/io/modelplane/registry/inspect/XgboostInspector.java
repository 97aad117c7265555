package io.modelplane.registry.inspect;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads an XGBoost booster saved as JSON, the format the runner loads: its feature count and class
 * count give the served signature, FP32 [N, features] in, predictions out.
 */
final class XgboostInspector {

  static final String INPUT = "input";
  static final String OUTPUT = "predictions";

  private XgboostInspector() {}

  static ModelSignature inspect(ModelFiles files) throws IOException, InvalidArtifactException {
    Path model = files.single("XGBoost model", ".json", ".ubj", ".model", ".bin");
    if (!model.getFileName().toString().endsWith(".json") && !looksLikeJson(model)) {
      throw new InvalidArtifactException(
          "XGBoost models must be saved as JSON (booster.save_model('model.json'))");
    }
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(model.toFile());
    } catch (JsonProcessingException e) {
      throw new InvalidArtifactException(
          model.getFileName() + " is not an XGBoost JSON model: it is not JSON");
    }
    JsonNode params = root.at("/learner/learner_model_param");
    long features = params.path("num_feature").asLong(0);
    if (params.isMissingNode()
        || features <= 0
        || root.at("/learner/gradient_booster").isMissingNode()) {
      throw new InvalidArtifactException(
          model.getFileName() + " is not an XGBoost model (no learner with features)");
    }
    long classes = params.path("num_class").asLong(0);
    List<Long> outputShape = classes > 1 ? List.of(-1L, classes) : List.of(-1L);
    return new ModelSignature(
        List.of(new TensorSpec(INPUT, "FP32", List.of(-1L, features))),
        List.of(new TensorSpec(OUTPUT, "FP32", outputShape)));
  }

  private static boolean looksLikeJson(Path file) throws IOException {
    try (var in = java.nio.file.Files.newInputStream(file)) {
      int first = in.read();
      return first == '{';
    }
  }
}
