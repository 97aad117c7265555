package io.modelplane.runner.model;

import ai.djl.Device;
import io.modelplane.runner.config.ModelConfig;
import io.modelplane.runner.engine.DeviceSelector;
import io.modelplane.runner.engine.DjlOffline;
import io.modelplane.runner.engine.EngineKind;
import io.modelplane.runner.engine.InferenceModel;
import io.modelplane.runner.engine.ModelFiles;
import io.modelplane.runner.engine.onnx.OnnxLoader;
import io.modelplane.runner.engine.pytorch.PytorchLoader;
import io.modelplane.runner.engine.xgboost.XgboostLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/** MODEL_URI to a warmed-up model: fetch, verify the digest, unpack, pick engine and device. */
public final class ModelLoader {

  private ModelLoader() {}

  /** A model ready to serve, with what the logs and metadata report about it. */
  public record Loaded(InferenceModel model, String sha256, EngineKind engine, Device device) {}

  /**
   * For callers outside the application (tests, the in-process benchmark): s3: URIs get only the
   * SDK's defaults. The global ConfigProvider is not used because it needs Quarkus' boot classpath.
   */
  public static Loaded load(ModelConfig config) {
    return load(config, S3Settings.NONE);
  }

  public static Loaded load(ModelConfig config, S3Settings s3) {
    DjlOffline.enforce();
    requested(config);
    Path workDir = workDir(config);
    Path artifact = new ArtifactFetcher(workDir, config.authToken(), s3).fetch(config.uri());
    String sha256 =
        config.sha256().filter(s -> !s.isBlank()).isPresent()
            ? Sha256.verify(artifact, config.sha256().get())
            : Sha256.of(artifact);
    ModelArtifact unpacked = ModelArtifact.in(ArtifactUnpacker.unpack(artifact, workDir));
    EngineKind engine = engine(config, unpacked);
    Device device;
    try {
      device = DeviceSelector.select(config.device(), engine);
    } catch (IllegalArgumentException e) {
      throw new ModelLoadException(e.getMessage(), e);
    }
    ModelFiles files =
        new ModelFiles(
            unpacked.directory(),
            unpacked.modelFile(),
            unpacked.modelName(),
            unpacked.servingProperties(),
            device);
    try {
      InferenceModel model =
          switch (engine) {
            case ONNX_RUNTIME -> OnnxLoader.load(files);
            case XGBOOST -> XgboostLoader.load(files);
            case PYTORCH -> PytorchLoader.load(files);
          };
      return new Loaded(model, sha256, engine, device);
    } catch (Exception e) {
      throw new ModelLoadException(
          "cannot load "
              + unpacked.modelFile().getFileName()
              + " with "
              + engine.djlName()
              + ": "
              + e.getMessage(),
          e);
    }
  }

  static EngineKind engine(ModelConfig config, ModelArtifact artifact) {
    Optional<EngineKind> requested = requested(config);
    if (requested.isPresent()) {
      return requested.get();
    }
    Optional<String> declared = artifact.property("engine");
    if (declared.isPresent()) {
      return named(declared.get(), "serving.properties engine");
    }
    return EngineKind.forExtension(artifact.extension())
        .orElseThrow(
            () ->
                new ModelLoadException(
                    "cannot tell the engine of "
                        + artifact.modelFile().getFileName()
                        + ": set MODEL_ENGINE to one of "
                        + EngineKind.supported()));
  }

  /** MODEL_ENGINE, checked before anything is downloaded. */
  private static Optional<EngineKind> requested(ModelConfig config) {
    return config.engine().filter(e -> !e.isBlank()).map(e -> named(e, "MODEL_ENGINE"));
  }

  private static EngineKind named(String name, String source) {
    return EngineKind.named(name)
        .orElseThrow(
            () ->
                new ModelLoadException(
                    source
                        + " '"
                        + name
                        + "' is not an engine this runner has: use one of "
                        + EngineKind.supported()));
  }

  private static void deleteTree(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException | UncheckedIOException e) {
      // best effort at exit: what remains is in the system's temp directory
    }
  }

  private static Path workDir(ModelConfig config) {
    try {
      if (config.workDir().isPresent()) {
        return Files.createDirectories(config.workDir().get());
      }
      Path dir = Files.createTempDirectory("modelplane-runner-");
      // nobody else knows of this directory: without a configured one, the runner cleans up after
      // itself (an unpacked model can be gigabytes)
      Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(dir), "remove-work-dir"));
      return dir;
    } catch (IOException e) {
      throw new ModelLoadException("cannot create the work directory: " + e.getMessage(), e);
    }
  }
}
