package io.modelplane.runner.engine;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The engines the runner bundles, under the names DJL and serving.properties use. */
public enum EngineKind {
  ONNX_RUNTIME("OnnxRuntime", "onnxruntime_onnx"),
  XGBOOST("XGBoost", "xgboost"),
  PYTORCH("PyTorch", "pytorch_torchscript");

  private final String djlName;
  private final String platform;

  EngineKind(String djlName, String platform) {
    this.djlName = djlName;
    this.platform = platform;
  }

  public String djlName() {
    return djlName;
  }

  /** The protocol's model metadata "platform". */
  public String platform() {
    return platform;
  }

  public static Optional<EngineKind> named(String name) {
    String wanted = name.strip().toLowerCase(Locale.ROOT);
    return Arrays.stream(values())
        .filter(kind -> kind.djlName.toLowerCase(Locale.ROOT).equals(wanted))
        .findFirst();
  }

  /** Guesses from the model file's extension when neither MODEL_ENGINE nor the artifact says. */
  public static Optional<EngineKind> forExtension(String extension) {
    return switch (extension) {
      case ".onnx" -> Optional.of(ONNX_RUNTIME);
      case ".json" -> Optional.of(XGBOOST);
      case ".pt", ".pth", ".torchscript", ".params" -> Optional.of(PYTORCH);
      default -> Optional.empty();
    };
  }

  public static String supported() {
    return Arrays.stream(values()).map(EngineKind::djlName).collect(Collectors.joining(", "));
  }
}
