package io.modelplane.runner.engine.onnx;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxJavaType;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import io.modelplane.runner.engine.DataType;
import io.modelplane.runner.engine.EngineKind;
import io.modelplane.runner.engine.ModelSignature;
import io.modelplane.runner.engine.TensorSpec;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Reads input names, types and shapes from the ONNX graph itself, since DJL exposes only shapes;
 * requests are validated against it before they reach ONNX Runtime.
 */
final class OnnxSignature {

  private OnnxSignature() {}

  static ModelSignature read(Path onnxFile) {
    try (OrtSession.SessionOptions options = new OrtSession.SessionOptions();
        OrtSession session =
            OrtEnvironment.getEnvironment().createSession(onnxFile.toString(), options)) {
      return new ModelSignature(
          EngineKind.ONNX_RUNTIME.platform(),
          specs(session.getInputInfo()),
          specs(session.getOutputInfo()));
    } catch (OrtException e) {
      throw new IllegalArgumentException("cannot read the ONNX model: " + e.getMessage(), e);
    }
  }

  private static List<TensorSpec> specs(Map<String, NodeInfo> nodes) {
    List<TensorSpec> specs = new ArrayList<>();
    for (NodeInfo node : nodes.values()) {
      if (!(node.getInfo() instanceof TensorInfo tensor)) {
        throw new IllegalArgumentException(
            "ONNX node "
                + node.getName()
                + " is not a tensor (sequences and maps, e.g. sklearn's zipmap, are not served;"
                + " export with zipmap=False)");
      }
      List<Long> shape = Arrays.stream(tensor.getShape()).boxed().toList();
      specs.add(new TensorSpec(node.getName(), datatype(tensor), shape));
    }
    return specs;
  }

  private static DataType datatype(TensorInfo tensor) {
    OnnxJavaType type = tensor.type;
    return switch (type) {
      case FLOAT -> DataType.FP32;
      case DOUBLE -> DataType.FP64;
      case INT32 -> DataType.INT32;
      case INT64 -> DataType.INT64;
      case BOOL -> DataType.BOOL;
      default ->
          throw new IllegalArgumentException(
              "ONNX tensor type " + type + " is not served by the runner");
    };
  }
}
