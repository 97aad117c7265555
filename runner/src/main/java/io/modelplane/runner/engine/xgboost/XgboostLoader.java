package io.modelplane.runner.engine.xgboost;

import ai.djl.MalformedModelException;
import ai.djl.ndarray.NDList;
import ai.djl.repository.zoo.Criteria;
import ai.djl.repository.zoo.ModelNotFoundException;
import ai.djl.repository.zoo.ZooModel;
import ai.djl.translate.NoopTranslator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelplane.runner.engine.DataType;
import io.modelplane.runner.engine.EngineKind;
import io.modelplane.runner.engine.InferenceFailure;
import io.modelplane.runner.engine.InferenceModel;
import io.modelplane.runner.engine.ModelFiles;
import io.modelplane.runner.engine.ModelSignature;
import io.modelplane.runner.engine.NdListModel;
import io.modelplane.runner.engine.TensorSpec;
import io.modelplane.runner.engine.WarmUp;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** XGBoost boosters saved as JSON: FP32 [N, features] in, predictions out. */
public final class XgboostLoader {

  public static final String INPUT = "input";
  public static final String OUTPUT = "predictions";

  private XgboostLoader() {}

  public static InferenceModel load(ModelFiles files)
      throws IOException, ModelNotFoundException, MalformedModelException, InferenceFailure {
    Criteria<NDList, NDList> criteria =
        Criteria.builder()
            .setTypes(NDList.class, NDList.class)
            .optModelPath(files.directory())
            .optModelName(files.modelName())
            .optEngine(EngineKind.XGBOOST.djlName())
            .optDevice(files.device())
            .optTranslator(new NoopTranslator())
            .build();
    ZooModel<NDList, NDList> zooModel = criteria.loadModel();
    JsonNode learner = learner(files.modelFile());
    long features = learner.at("/learner_model_param/num_feature").asLong();
    ModelSignature declared =
        new ModelSignature(
            EngineKind.XGBOOST.platform(),
            List.of(new TensorSpec(INPUT, DataType.FP32, List.of(-1L, features))),
            List.of(new TensorSpec(OUTPUT, DataType.FP32, outputShape(learner))));
    NdListModel model =
        new NdListModel(zooModel, declared, "booster " + files.modelFile().getFileName());
    try {
      model.useSignature(WarmUp.run(model));
      return model;
    } catch (InferenceFailure e) {
      model.close();
      throw e;
    }
  }

  /**
   * Class probabilities come back from the engine as one flat array; declaring [-1, K] makes the
   * model reshape them per row, as the registry's inspector reports them.
   */
  private static List<Long> outputShape(JsonNode learner) {
    long classes = learner.at("/learner_model_param/num_class").asLong(0);
    String objective = learner.at("/objective/name").asText("");
    return classes > 1 && !objective.equals("multi:softmax") ? List.of(-1L, classes) : List.of(-1L);
  }

  /** The booster records its feature count; requests with another width are refused as 400s. */
  private static JsonNode learner(Path modelJson) throws IOException {
    JsonNode learner = new ObjectMapper().readTree(modelJson.toFile()).path("learner");
    if (learner.at("/learner_model_param/num_feature").asLong(0) <= 0) {
      throw new IllegalArgumentException(
          modelJson.getFileName() + " is not an XGBoost JSON model (no learner_model_param)");
    }
    return learner;
  }
}
