package io.modelplane.runner.engine.onnx;

import ai.djl.inference.Predictor;
import ai.djl.repository.zoo.ZooModel;
import ai.djl.translate.TranslateException;
import io.modelplane.runner.engine.DataType;
import io.modelplane.runner.engine.InferenceFailure;
import io.modelplane.runner.engine.InferenceModel;
import io.modelplane.runner.engine.ModelSignature;
import io.modelplane.runner.engine.Tensor;
import io.modelplane.runner.engine.TensorSpec;
import java.util.Arrays;
import java.util.List;

/**
 * A sentence-embedding model: BYTES [N] of texts in, FP32 [N, dim] out. Tokenisation, pooling and
 * normalisation are DJL's TextEmbeddingTranslator configured from the artifact's
 * serving.properties.
 */
public final class TextEmbeddingModel implements InferenceModel {

  public static final String INPUT = "text";
  public static final String OUTPUT = "embedding";

  private final ZooModel<String, float[]> model;
  private final String description;
  private final int dimension;

  public TextEmbeddingModel(ZooModel<String, float[]> model, String description)
      throws TranslateException {
    this.model = model;
    this.description = description;
    try (Predictor<String, float[]> predictor = model.newPredictor()) {
      // Doubles as the warm-up: the first call initialises ONNX Runtime's kernels and the
      // tokenizer.
      this.dimension = predictor.predict("warm-up").length;
    }
  }

  @Override
  public ModelSignature signature() {
    return new ModelSignature(
        "onnxruntime_onnx",
        List.of(new TensorSpec(INPUT, DataType.BYTES, List.of(-1L))),
        List.of(new TensorSpec(OUTPUT, DataType.FP32, List.of(-1L, (long) dimension))));
  }

  @Override
  public String describe() {
    return description + ", text embedding dim " + dimension;
  }

  @Override
  public Runner newRunner() {
    Predictor<String, float[]> predictor = model.newPredictor();
    return new Runner() {
      @Override
      public List<Tensor> run(List<Tensor> inputs) throws InferenceFailure {
        String[] texts = (String[]) inputs.getFirst().data();
        try {
          List<float[]> vectors =
              texts.length == 1
                  ? List.of(predictor.predict(texts[0]))
                  : predictor.batchPredict(Arrays.asList(texts));
          float[] flat = new float[texts.length * dimension];
          for (int i = 0; i < vectors.size(); i++) {
            System.arraycopy(vectors.get(i), 0, flat, i * dimension, dimension);
          }
          return List.of(
              new Tensor(OUTPUT, DataType.FP32, new long[] {texts.length, dimension}, flat));
        } catch (TranslateException | RuntimeException e) {
          throw new InferenceFailure("embedding failed: " + e.getMessage(), e);
        }
      }

      @Override
      public void close() {
        predictor.close();
      }
    };
  }

  @Override
  public void close() {
    model.close();
  }
}
