package io.modelplane.registry.inspect;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxJavaType;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Opens the ONNX graph with ONNX Runtime (no inference runs) and reads its inputs and outputs. With
 * a {@code tokenizer.json} beside it the runner serves it as a text-embedding model, so the served
 * signature is texts in, embeddings out, whatever the graph's token-level tensors are.
 */
final class OnnxInspector {

  /** The runner's names ({@code TextEmbeddingModel.INPUT} / {@code OUTPUT}). */
  static final String TEXT_INPUT = "text";

  static final String EMBEDDING_OUTPUT = "embedding";

  private OnnxInspector() {}

  static ModelSignature inspect(ModelFiles files) throws IOException, InvalidArtifactException {
    try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
      // Only the graph's metadata is read: skip optimisation and keep to one thread, since the
      // control plane shares its cores with request handling.
      options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.NO_OPT);
      options.setIntraOpNumThreads(1);
      try (OrtSession session =
          OrtEnvironment.getEnvironment().createSession(files.model().toString(), options)) {
        List<TensorSpec> outputs = specs(session.getOutputInfo());
        if (files.hasTokenizer()) {
          requireTokenTypesIfTaken(files, session.getInputInfo().keySet());
          return textSignature(outputs);
        }
        return new ModelSignature(specs(session.getInputInfo()), outputs);
      }
    } catch (OrtException e) {
      throw unreadable(files, e);
    }
  }

  private static InvalidArtifactException unreadable(ModelFiles files, OrtException e)
      throws IOException {
    if (FileFormat.of(files.model()) == FileFormat.ONNX) {
      return new InvalidArtifactException(
          files.label()
              + " is a corrupt or truncated ONNX graph: ONNX Runtime says "
              + e.getMessage(),
          e);
    }
    return files.notA("an ONNX model", "ONNX Runtime cannot parse it");
  }

  /**
   * The runner feeds {@code token_type_ids} only when serving.properties says so; a BERT-style
   * graph that needs them would otherwise be registered and then fail to load.
   */
  private static void requireTokenTypesIfTaken(ModelFiles files, java.util.Set<String> graphInputs)
      throws InvalidArtifactException {
    boolean declared =
        "true".equalsIgnoreCase(files.serving().getProperty("includeTokenTypes", "").trim());
    if (graphInputs.contains("token_type_ids") && !declared) {
      throw new InvalidArtifactException(
          "the ONNX graph takes token_type_ids: add includeTokenTypes=true to serving.properties");
    }
  }

  /** The embedding width is the hidden size: the last dimension of the graph's first output. */
  private static ModelSignature textSignature(List<TensorSpec> graphOutputs)
      throws InvalidArtifactException {
    if (graphOutputs.isEmpty() || graphOutputs.getFirst().shape().size() < 2) {
      throw new InvalidArtifactException(
          "the text model's first ONNX output should be token or sentence embeddings"
              + " ([batch, tokens, hidden] or [batch, hidden]) but is "
              + (graphOutputs.isEmpty() ? "missing" : graphOutputs.getFirst().shape()));
    }
    long hidden = graphOutputs.getFirst().shape().getLast();
    return new ModelSignature(
        List.of(new TensorSpec(TEXT_INPUT, "BYTES", List.of(-1L))),
        List.of(new TensorSpec(EMBEDDING_OUTPUT, "FP32", List.of(-1L, hidden))));
  }

  private static List<TensorSpec> specs(Map<String, NodeInfo> nodes)
      throws InvalidArtifactException {
    List<TensorSpec> specs = new ArrayList<>();
    for (NodeInfo node : nodes.values()) {
      if (!(node.getInfo() instanceof TensorInfo tensor)) {
        throw new InvalidArtifactException(
            "ONNX value '"
                + node.getName()
                + "' is a sequence or map, not a tensor, and cannot be served"
                + " (for scikit-learn classifiers, convert with options={'zipmap': False})");
      }
      List<Long> shape = new ArrayList<>();
      for (long d : tensor.getShape()) {
        shape.add(d < 0 ? -1L : d);
      }
      specs.add(new TensorSpec(node.getName(), datatype(tensor.type, node.getName()), shape));
    }
    return specs;
  }

  private static String datatype(OnnxJavaType type, String name) throws InvalidArtifactException {
    return switch (type) {
      case FLOAT -> "FP32";
      case DOUBLE -> "FP64";
      case FLOAT16 -> "FP16";
      case INT8 -> "INT8";
      case INT16 -> "INT16";
      case INT32 -> "INT32";
      case INT64 -> "INT64";
      case UINT8 -> "UINT8";
      case BOOL -> "BOOL";
      case STRING -> "BYTES";
      default ->
          throw new InvalidArtifactException(
              "ONNX tensor '"
                  + name
                  + "' has element type "
                  + type
                  + ", which has no OIP datatype");
    };
  }
}
