package io.modelplane.registry.inspect;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Unpacks an artifact (a model file, or a zip / tar.gz of a DJL model directory) into a temporary
 * directory, reads its served signature with the declared engine, and removes the directory again.
 * Thread-safe: every call works in a directory of its own.
 */
public final class DefaultArtifactInspector implements ArtifactInspector {

  @Override
  public ModelSignature inspect(Path artifact, Engine engine) throws InvalidArtifactException {
    Path dir = null;
    try {
      dir = Files.createTempDirectory("modelplane-inspect-");
      unpack(artifact, engine, dir);
      ModelFiles files = new ModelFiles(dir);
      return switch (engine) {
        case ONNX -> OnnxInspector.inspect(files);
        case XGBOOST -> XgboostInspector.inspect(files);
        case PYTORCH -> PytorchInspector.inspect(files);
      };
    } catch (IOException e) {
      throw new InvalidArtifactException("the artifact cannot be read: " + e.getMessage(), e);
    } finally {
      delete(dir);
    }
  }

  private static void unpack(Path artifact, Engine engine, Path dir)
      throws IOException, InvalidArtifactException {
    ArchiveExtractor.Kind kind = ArchiveExtractor.kindOf(artifact);
    boolean torchScript =
        engine == Engine.PYTORCH && kind == ArchiveExtractor.Kind.ZIP && isTorchScript(artifact);
    if (kind == ArchiveExtractor.Kind.PLAIN || torchScript) {
      Files.copy(
          artifact, dir.resolve(plainName(artifact, kind)), StandardCopyOption.REPLACE_EXISTING);
    } else {
      ArchiveExtractor.extract(artifact, kind, dir);
    }
  }

  /**
   * A TorchScript file is itself a zip; it is a model, not a directory archive, when it holds no
   * model file.
   */
  private static boolean isTorchScript(Path artifact) throws IOException {
    try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(artifact.toFile())) {
      return zip.stream()
          .map(java.util.zip.ZipEntry::getName)
          .noneMatch(n -> n.matches(".*\\.(pt|pth|torchscript|params)$"));
    }
  }

  /** Uploaded files may have any name; give a bare model a suffix its inspector recognises. */
  private static String plainName(Path artifact, ArchiveExtractor.Kind kind) throws IOException {
    String name = artifact.getFileName().toString();
    if (name.matches(".*\\.(onnx|json|ubj|model|bin|pt|pth|torchscript|params)$")) {
      return name;
    }
    if (kind == ArchiveExtractor.Kind.ZIP) {
      return "model.pt";
    }
    try (var in = Files.newInputStream(artifact)) {
      return in.read() == '{' ? "model.json" : "model.onnx";
    }
  }

  private static void delete(Path dir) {
    if (dir == null) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
