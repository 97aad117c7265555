package io.modelplane.registry.inspect;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reads an artifact's served signature with its declared engine. A single model file is read in
 * place; a zip or tar.gz model directory is unpacked into a temporary directory of its own, which
 * is removed before the call returns. Thread-safe: calls share no state.
 *
 * <p>Faults of the upload raise {@link InvalidArtifactException}; faults of this machine (temp
 * directory not writable, disk full) raise {@link UncheckedIOException}, since the uploader cannot
 * fix them.
 */
public final class DefaultArtifactInspector implements ArtifactInspector {

  private static final Map<String, Engine> DJL_ENGINES =
      Map.of("onnxruntime", Engine.ONNX, "xgboost", Engine.XGBOOST, "pytorch", Engine.PYTORCH);

  private final Optional<Path> workDir;
  private final long maxBytes;
  private final int maxEntries;

  public DefaultArtifactInspector() {
    this(null, ArchiveExtractor.MAX_BYTES, ArchiveExtractor.MAX_ENTRIES);
  }

  /**
   * @param workDir where archives are unpacked; the system temp directory when null
   */
  public DefaultArtifactInspector(Path workDir, long maxBytes, int maxEntries) {
    this.workDir = Optional.ofNullable(workDir);
    this.maxBytes = maxBytes;
    this.maxEntries = maxEntries;
  }

  @Override
  public ModelSignature inspect(Path artifact, Engine engine) throws InvalidArtifactException {
    Objects.requireNonNull(engine, "engine");
    if (artifact == null || !Files.isRegularFile(artifact)) {
      throw new InvalidArtifactException("no artifact file was uploaded (" + artifact + ")");
    }
    Path unpacked = null;
    try {
      FileFormat format = FileFormat.of(artifact);
      ModelFiles files;
      if (format == FileFormat.ZIP || format == FileFormat.GZIP) {
        unpacked = tempDir();
        unpack(artifact, format, unpacked);
        files = ModelFiles.in(unpacked);
        checkDeclaredEngine(files, engine);
      } else {
        files = ModelFiles.single(artifact);
      }
      return switch (engine) {
        case ONNX -> OnnxInspector.inspect(files);
        case XGBOOST -> XgboostInspector.inspect(files);
        case PYTORCH -> PytorchInspector.inspect(files);
      };
    } catch (IOException e) {
      throw new UncheckedIOException("cannot inspect the artifact: " + e.getMessage(), e);
    } finally {
      delete(unpacked);
    }
  }

  private void unpack(Path artifact, FileFormat format, Path target)
      throws IOException, InvalidArtifactException {
    ArchiveExtractor extractor = new ArchiveExtractor(maxBytes, maxEntries);
    if (format == FileFormat.ZIP) {
      extractor.extractZip(artifact, target);
    } else {
      extractor.extractTarGz(artifact, target);
    }
  }

  private Path tempDir() throws IOException {
    return workDir.isPresent()
        ? Files.createTempDirectory(workDir.get(), "inspect-")
        : Files.createTempDirectory("modelplane-inspect-");
  }

  /** The runner loads by file suffix and may honour serving.properties' engine: both must agree. */
  private static void checkDeclaredEngine(ModelFiles files, Engine engine)
      throws IOException, InvalidArtifactException {
    Optional<String> named = files.property("engine");
    if (named.isPresent() && DJL_ENGINES.get(named.get().toLowerCase(Locale.ROOT)) != engine) {
      throw new InvalidArtifactException(
          "serving.properties says engine="
              + named.get()
              + " but the version is registered for engine "
              + engine.id()
              + "; make them agree (OnnxRuntime, XGBoost or PyTorch)");
    }
    List<String> suffixes =
        switch (engine) {
          case ONNX -> List.of(".onnx");
          case XGBOOST -> List.of(".json", ".ubj");
          case PYTORCH -> List.of(".pt", ".pth", ".torchscript", ".params");
        };
    if (!files.nameEndsWith(suffixes.toArray(String[]::new))) {
      throw files.notA(
          switch (engine) {
            case ONNX -> "an ONNX model";
            case XGBOOST -> "an XGBoost model";
            case PYTORCH -> "a PyTorch model";
          },
          "engine " + engine.id() + " loads " + String.join(", ", suffixes) + " files");
    }
  }

  /** Best effort: a leftover temp file must not turn a verdict on the artifact into an error. */
  private static void delete(Path dir) {
    if (dir == null) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException | UncheckedIOException e) {
      dir.toFile().deleteOnExit();
    }
  }
}
