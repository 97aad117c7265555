package io.modelplane.runner.support;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Embeddings computed without the runner: the ONNX model straight through ONNX Runtime's own API,
 * with pooling and normalisation done here by hand. The runner must agree with these.
 */
public final class ReferenceEmbeddings implements AutoCloseable {

  private final OrtEnvironment env = OrtEnvironment.getEnvironment();
  private final OrtSession session;
  private final HuggingFaceTokenizer tokenizer;
  private final boolean clsPooling;

  public ReferenceEmbeddings(Path modelDir, boolean clsPooling) throws OrtException, IOException {
    this.session = env.createSession(modelDir.resolve("model.onnx").toString());
    this.tokenizer =
        HuggingFaceTokenizer.builder()
            .optTokenizerPath(modelDir.resolve("tokenizer.json"))
            .optPadding(false)
            .build();
    this.clsPooling = clsPooling;
  }

  public float[] embed(String text) throws OrtException {
    Encoding encoding = tokenizer.encode(text);
    long[] mask = encoding.getAttentionMask();
    Map<String, OnnxTensor> inputs = new HashMap<>();
    inputs.put("input_ids", OnnxTensor.createTensor(env, new long[][] {encoding.getIds()}));
    inputs.put("attention_mask", OnnxTensor.createTensor(env, new long[][] {mask}));
    if (session.getInputNames().contains("token_type_ids")) {
      inputs.put(
          "token_type_ids", OnnxTensor.createTensor(env, new long[][] {encoding.getTypeIds()}));
    }
    try (OrtSession.Result result = session.run(inputs)) {
      float[][] tokens = ((float[][][]) result.get(0).getValue())[0];
      float[] pooled = clsPooling ? tokens[0].clone() : mean(tokens, mask);
      return normalise(pooled);
    } finally {
      inputs.values().forEach(OnnxTensor::close);
    }
  }

  private static float[] mean(float[][] tokens, long[] mask) {
    float[] sum = new float[tokens[0].length];
    int counted = 0;
    for (int t = 0; t < tokens.length; t++) {
      if (mask[t] == 1) {
        counted++;
        for (int d = 0; d < sum.length; d++) {
          sum[d] += tokens[t][d];
        }
      }
    }
    for (int d = 0; d < sum.length; d++) {
      sum[d] /= counted;
    }
    return sum;
  }

  private static float[] normalise(float[] vector) {
    double norm = 0;
    for (float v : vector) {
      norm += v * v;
    }
    float scale = (float) (1 / Math.sqrt(norm));
    float[] unit = new float[vector.length];
    for (int i = 0; i < vector.length; i++) {
      unit[i] = vector[i] * scale;
    }
    return unit;
  }

  public static double cosine(float[] a, float[] b) {
    double dot = 0;
    double na = 0;
    double nb = 0;
    for (int i = 0; i < a.length; i++) {
      dot += a[i] * b[i];
      na += a[i] * a[i];
      nb += b[i] * b[i];
    }
    return dot / Math.sqrt(na * nb);
  }

  /** Rows of a flat [N, dim] FP32 response. */
  public static float[] row(List<Float> flat, int row, int dim) {
    float[] out = new float[dim];
    for (int d = 0; d < dim; d++) {
      out[d] = flat.get(row * dim + d);
    }
    return out;
  }

  @Override
  public void close() throws OrtException {
    session.close();
    tokenizer.close();
  }
}
