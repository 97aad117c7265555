package io.modelplane.registry.inspect;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxJavaType;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Opens the ONNX graph with ONNX Runtime (no inference runs) and reads its inputs and outputs. A
 * directory with a {@code tokenizer.json} is a text model as the runner serves it: BYTES texts in,
 * FP32 [N, hidden] embeddings out.
 */
final class OnnxInspector {

  static final String TEXT_INPUT = "text";
  static final String EMBEDDING_OUTPUT = "embedding";

  private OnnxInspector() {}

  static ModelSignature inspect(ModelFiles files) throws IOException, InvalidArtifactException {
    Path model = files.single("ONNX model", ".onnx");
    OrtEnvironment env = OrtEnvironment.getEnvironment();
    try (OrtSession.SessionOptions options = new OrtSession.SessionOptions();
        OrtSession session = env.createSession(model.toString(), options)) {
      List<TensorSpec> inputs = specs(session.getInputInfo());
      List<TensorSpec> outputs = specs(session.getOutputInfo());
      if (files.named("tokenizer.json").isPresent()) {
        return textSignature(outputs);
      }
      return new ModelSignature(inputs, outputs);
    } catch (OrtException e) {
      throw new InvalidArtifactException(
          "ONNX Runtime cannot load " + model.getFileName() + ": " + e.getMessage(), e);
    }
  }

  private static ModelSignature textSignature(List<TensorSpec> graphOutputs)
      throws InvalidArtifactException {
    if (graphOutputs.isEmpty() || graphOutputs.getFirst().shape().isEmpty()) {
      throw new InvalidArtifactException(
          "the text model's first output has no shape to read the embedding size from");
    }
    List<Long> shape = graphOutputs.getFirst().shape();
    long hidden = shape.getLast();
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
            "graph value '" + node.getName() + "' is not a tensor; only tensors can be served");
      }
      List<Long> shape = new ArrayList<>();
      for (long d : tensor.getShape()) {
        shape.add(d < 0 ? -1L : d);
      }
      specs.add(new TensorSpec(node.getName(), datatype(tensor.type), shape));
    }
    return specs;
  }

  private static String datatype(OnnxJavaType type) {
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
      default -> type.name();
    };
  }
}
