package io.modelplane.runner.engine.onnx;

import ai.djl.MalformedModelException;
import ai.djl.huggingface.translator.TextEmbeddingTranslatorFactory;
import ai.djl.ndarray.NDList;
import ai.djl.repository.zoo.Criteria;
import ai.djl.repository.zoo.ModelNotFoundException;
import ai.djl.translate.NoopTranslator;
import ai.djl.translate.TranslateException;
import io.modelplane.runner.engine.EngineKind;
import io.modelplane.runner.engine.InferenceFailure;
import io.modelplane.runner.engine.InferenceModel;
import io.modelplane.runner.engine.ModelFiles;
import io.modelplane.runner.engine.NdListModel;
import io.modelplane.runner.engine.WarmUp;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/** ONNX Runtime: a text-embedding model when the artifact has a tokenizer, else tensor in/out. */
public final class OnnxLoader {

  private static final String INTRA_OP_THREADS = "intraOpNumThreads";

  private OnnxLoader() {}

  /**
   * One thread per ONNX Runtime call unless the artifact says otherwise: the runner already runs
   * one engine worker per core, and ORT's own pool spin-waits between operators, taking the cores
   * the HTTP threads need (measured: half the throughput at 16 clients on 2 cores).
   */
  private static String intraOpThreads(ModelFiles files) {
    return files.property("option." + INTRA_OP_THREADS).orElse("1");
  }

  public static InferenceModel load(ModelFiles files)
      throws IOException, ModelNotFoundException, MalformedModelException, InferenceFailure {
    return files.hasTokenizer() ? loadText(files) : loadTensor(files);
  }

  private static InferenceModel loadText(ModelFiles files)
      throws IOException, ModelNotFoundException, MalformedModelException, InferenceFailure {
    Map<String, Object> arguments = new HashMap<>();
    // Requests merged into one batch have different lengths; padding to the longest keeps them
    // stackable, and mean pooling ignores the padding through the attention mask.
    arguments.put("padding", files.property("padding").orElse("true"));
    Criteria<String, float[]> criteria =
        Criteria.builder()
            .setTypes(String.class, float[].class)
            .optModelPath(files.directory())
            .optModelName(files.modelName())
            .optEngine(EngineKind.ONNX_RUNTIME.djlName())
            .optDevice(files.device())
            .optTranslatorFactory(new TextEmbeddingTranslatorFactory())
            .optOption(INTRA_OP_THREADS, intraOpThreads(files))
            .optArguments(arguments)
            .build();
    var model = criteria.loadModel();
    try {
      return new TextEmbeddingModel(model, "ONNX graph " + files.modelFile().getFileName());
    } catch (TranslateException e) {
      model.close();
      throw new InferenceFailure("warm-up inference failed: " + e.getMessage(), e);
    }
  }

  private static InferenceModel loadTensor(ModelFiles files)
      throws IOException, ModelNotFoundException, MalformedModelException, InferenceFailure {
    var signature = OnnxSignature.read(files.modelFile());
    Criteria<NDList, NDList> criteria =
        Criteria.builder()
            .setTypes(NDList.class, NDList.class)
            .optModelPath(files.directory())
            .optModelName(files.modelName())
            .optEngine(EngineKind.ONNX_RUNTIME.djlName())
            .optDevice(files.device())
            .optTranslator(new NoopTranslator())
            .optOption(INTRA_OP_THREADS, intraOpThreads(files))
            .build();
    NdListModel model =
        new NdListModel(
            criteria.loadModel(), signature, "ONNX graph " + files.modelFile().getFileName());
    try {
      model.useSignature(WarmUp.run(model));
      return model;
    } catch (InferenceFailure e) {
      model.close();
      throw e;
    }
  }
}
