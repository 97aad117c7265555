package io.modelplane.runner.engine.pytorch;

import ai.djl.MalformedModelException;
import ai.djl.ndarray.NDList;
import ai.djl.repository.zoo.Criteria;
import ai.djl.repository.zoo.ModelNotFoundException;
import ai.djl.translate.NoopTranslator;
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
import java.util.Arrays;
import java.util.List;

/**
 * PyTorch: TorchScript files, or DJL .params with a {@code blockFactory} class named in
 * serving.properties (DJL's own convention). Neither declares its input, so serving.properties
 * must: {@code features=N} (FP32 [N rows, features]) or {@code inputShape=-1,3,224,224}.
 */
public final class PytorchLoader {

  public static final String INPUT = "input";

  private PytorchLoader() {}

  public static InferenceModel load(ModelFiles files)
      throws IOException, ModelNotFoundException, MalformedModelException, InferenceFailure {
    List<Long> shape = inputShape(files);
    Criteria<NDList, NDList> criteria =
        Criteria.builder()
            .setTypes(NDList.class, NDList.class)
            .optModelPath(files.directory())
            .optModelName(files.modelName())
            .optEngine(EngineKind.PYTORCH.djlName())
            .optDevice(files.device())
            .optTranslator(new NoopTranslator())
            .build();
    ModelSignature declared =
        new ModelSignature(
            EngineKind.PYTORCH.platform(),
            List.of(
                new TensorSpec(files.property("inputName").orElse(INPUT), DataType.FP32, shape)),
            List.of());
    NdListModel model =
        new NdListModel(
            criteria.loadModel(), declared, "PyTorch model " + files.modelFile().getFileName());
    try {
      model.useSignature(WarmUp.run(model));
      return model;
    } catch (InferenceFailure e) {
      model.close();
      throw e;
    }
  }

  private static List<Long> inputShape(ModelFiles files) {
    var explicit = files.property("inputShape");
    if (explicit.isPresent()) {
      return Arrays.stream(explicit.get().split(","))
          .map(String::strip)
          .map(Long::valueOf)
          .toList();
    }
    return files
        .property("features")
        .map(features -> List.of(-1L, Long.valueOf(features)))
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "a PyTorch artifact must declare its input in serving.properties:"
                        + " features=N or inputShape=-1,..."));
  }
}
