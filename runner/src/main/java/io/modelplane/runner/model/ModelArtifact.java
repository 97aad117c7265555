package io.modelplane.runner.model;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;

/** An unpacked DJL model directory: the model file, serving.properties, maybe a tokenizer. */
public record ModelArtifact(Path directory, Path modelFile, Properties servingProperties) {

  private static final Set<String> NOT_MODELS =
      Set.of(
          "tokenizer.json",
          "tokenizer_config.json",
          "config.json",
          "special_tokens_map.json",
          "vocab.json",
          "serving.properties");
  private static final List<String> MODEL_SUFFIXES =
      List.of(".onnx", ".pt", ".pth", ".torchscript", ".params", ".json");

  public static ModelArtifact in(Path directory) {
    Properties serving = readServingProperties(directory.resolve("serving.properties"));
    return new ModelArtifact(directory, findModelFile(directory, serving), serving);
  }

  public Optional<Path> tokenizer() {
    Path tokenizer = directory.resolve("tokenizer.json");
    return Files.isRegularFile(tokenizer) ? Optional.of(tokenizer) : Optional.empty();
  }

  public Optional<String> property(String key) {
    return Optional.ofNullable(servingProperties.getProperty(key)).map(String::strip);
  }

  /** The file name without its extension: DJL's model name, which it uses to find the file. */
  public String modelName() {
    String name = modelFile.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String stem = dot > 0 ? name.substring(0, dot) : name;
    // DJL saves parameters as name-EPOCH.params and finds them again by the bare name.
    return extension().equals(".params") ? stem.replaceFirst("-\\d{4}$", "") : stem;
  }

  public String extension() {
    String name = modelFile.getFileName().toString().toLowerCase(Locale.ROOT);
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(dot) : "";
  }

  private static Properties readServingProperties(Path file) {
    Properties properties = new Properties();
    if (Files.isRegularFile(file)) {
      try (Reader reader = Files.newBufferedReader(file)) {
        properties.load(reader);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return properties;
  }

  private static Path findModelFile(Path directory, Properties serving) {
    String wanted = serving.getProperty("option.modelName");
    try (Stream<Path> files = Files.list(directory)) {
      List<Path> candidates =
          files
              .filter(Files::isRegularFile)
              .filter(file -> !NOT_MODELS.contains(file.getFileName().toString()))
              .filter(ModelArtifact::hasModelSuffix)
              .filter(file -> wanted == null || file.getFileName().toString().startsWith(wanted))
              .sorted()
              .toList();
      if (candidates.isEmpty()) {
        throw new ModelLoadException(
            "no model file in the artifact (looked for "
                + String.join(", ", MODEL_SUFFIXES)
                + (wanted == null ? "" : " named " + wanted)
                + ")");
      }
      if (candidates.size() > 1) {
        throw new ModelLoadException(
            "the artifact holds several model files "
                + candidates.stream().map(Path::getFileName).toList()
                + ": name one with option.modelName in serving.properties");
      }
      return candidates.getFirst();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean hasModelSuffix(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return MODEL_SUFFIXES.stream().anyMatch(name::endsWith);
  }
}
