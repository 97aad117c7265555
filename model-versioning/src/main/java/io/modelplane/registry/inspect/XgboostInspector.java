package io.modelplane.registry.inspect;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.util.List;

/**
 * Reads an XGBoost booster saved as JSON, the only format the runner loads (its {@code
 * XgboostLoader} reads the feature count from the JSON). The booster's learner parameters give the
 * served signature; the trees, which make up nearly all of a large model, are skipped unparsed.
 */
final class XgboostInspector {

  /** The runner's names ({@code XgboostLoader.INPUT} / {@code OUTPUT}). */
  static final String INPUT = "input";

  static final String OUTPUT = "predictions";

  private static final String SAVE_AS_JSON =
      "save the booster with booster.save_model('model.json')";
  private static final ObjectMapper JSON = new ObjectMapper();

  private XgboostInspector() {}

  private record Learner(JsonNode params, JsonNode objective, boolean hasTrees) {}

  static ModelSignature inspect(ModelFiles files) throws IOException, InvalidArtifactException {
    FileFormat format = FileFormat.of(files.model());
    if (format == FileFormat.UBJSON) {
      throw new InvalidArtifactException(
          files.label()
              + " is an XGBoost UBJSON model, but the runner loads JSON: "
              + SAVE_AS_JSON);
    }
    if (format != FileFormat.JSON) {
      throw files.notA(
          "an XGBoost model", "engine xgboost reads JSON boosters (" + SAVE_AS_JSON + ")");
    }
    Learner learner = read(files);
    long features = learner.params().path("num_feature").asLong(0);
    if (learner.params().isMissingNode() || !learner.hasTrees() || features <= 0) {
      throw new InvalidArtifactException(
          files.label()
              + " is JSON but not an XGBoost model: it lacks"
              + " learner.learner_model_param.num_feature or learner.gradient_booster ("
              + SAVE_AS_JSON
              + "; save_config() output is not a model)");
    }
    return new ModelSignature(
        List.of(new TensorSpec(INPUT, "FP32", List.of(-1L, features))),
        List.of(new TensorSpec(OUTPUT, "FP32", outputShape(learner))));
  }

  /**
   * One value per row, except for class probabilities (multi:softprob, K per row) and multi-target
   * models (T per row); multi:softmax returns one class index per row.
   */
  private static List<Long> outputShape(Learner learner) {
    long classes = learner.params().path("num_class").asLong(0);
    long targets = learner.params().path("num_target").asLong(1);
    boolean softmax = "multi:softmax".equals(learner.objective().path("name").asText());
    if (classes > 1 && !softmax) {
      return List.of(-1L, classes);
    }
    return targets > 1 ? List.of(-1L, targets) : List.of(-1L);
  }

  private static Learner read(ModelFiles files) throws IOException, InvalidArtifactException {
    try (JsonParser parser = JSON.createParser(files.model().toFile())) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        throw new InvalidArtifactException(files.label() + " is not a JSON object");
      }
      Learner learner = new Learner(MissingNode.getInstance(), MissingNode.getInstance(), false);
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String field = parser.currentName();
        if (parser.nextToken() == JsonToken.START_OBJECT && field.equals("learner")) {
          learner = learner(parser);
        } else {
          parser.skipChildren();
        }
      }
      return learner;
    } catch (JsonProcessingException e) {
      throw new InvalidArtifactException(
          files.label() + " is truncated or not valid JSON: " + e.getOriginalMessage(), e);
    }
  }

  private static Learner learner(JsonParser parser) throws IOException {
    JsonNode params = MissingNode.getInstance();
    JsonNode objective = MissingNode.getInstance();
    boolean trees = false;
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String field = parser.currentName();
      parser.nextToken();
      switch (field) {
        case "learner_model_param" -> params = parser.readValueAsTree();
        case "objective" -> objective = parser.readValueAsTree();
        case "gradient_booster" -> {
          trees = true;
          parser.skipChildren();
        }
        default -> parser.skipChildren();
      }
    }
    return new Learner(params, objective, trees);
  }
}
