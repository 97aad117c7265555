package io.modelplane.registry.inspect;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The model file of an artifact and its companions, found the way the runner finds them (see
 * runner's {@code ModelArtifact}) so that what passes here also loads there: files at the top of
 * the directory (below a single wrapping folder), one file with a model suffix, narrowed by {@code
 * option.modelName}, {@code tokenizer.json} beside it.
 */
record ModelFiles(Path model, String label, Properties serving, boolean hasTokenizer) {

  private static final Set<String> NOT_MODELS =
      Set.of(
          "tokenizer.json",
          "tokenizer_config.json",
          "config.json",
          "special_tokens_map.json",
          "vocab.json",
          "serving.properties");
  private static final List<String> MODEL_SUFFIXES =
      List.of(".onnx", ".json", ".ubj", ".pt", ".pth", ".torchscript", ".params");

  static ModelFiles single(Path model) {
    return new ModelFiles(model, "the artifact", new Properties(), false);
  }

  static ModelFiles in(Path unpacked) throws IOException, InvalidArtifactException {
    Path dir = unwrap(unpacked);
    Properties serving = servingProperties(dir.resolve("serving.properties"));
    Path model = modelFile(dir, serving);
    return new ModelFiles(
        model,
        "model file '" + model.getFileName() + "'",
        serving,
        Files.isRegularFile(dir.resolve("tokenizer.json")));
  }

  Optional<String> property(String key) {
    return Optional.ofNullable(serving.getProperty(key)).map(String::strip);
  }

  boolean nameEndsWith(String... suffixes) {
    String name = model.getFileName().toString().toLowerCase(Locale.ROOT);
    return Stream.of(suffixes).anyMatch(name::endsWith);
  }

  /** Why the model is not what its engine reads, naming the engine it seems to belong to. */
  InvalidArtifactException notA(String what, String detail) throws IOException {
    return new InvalidArtifactException(
        label
            + " is not "
            + what
            + ": "
            + detail
            + "; it is "
            + FileFormat.of(model).description());
  }

  /** Archives made with {@code tar czf model.tar.gz model/} wrap everything in one folder. */
  private static Path unwrap(Path dir) throws IOException {
    List<Path> children = list(dir);
    return children.size() == 1 && Files.isDirectory(children.getFirst())
        ? children.getFirst()
        : dir;
  }

  private static Path modelFile(Path dir, Properties serving)
      throws IOException, InvalidArtifactException {
    String wanted = serving.getProperty("option.modelName");
    List<Path> candidates =
        list(dir).stream()
            .filter(Files::isRegularFile)
            .filter(f -> !NOT_MODELS.contains(f.getFileName().toString()))
            .filter(ModelFiles::hasModelSuffix)
            .filter(f -> wanted == null || f.getFileName().toString().startsWith(wanted.strip()))
            .toList();
    if (candidates.isEmpty()) {
      throw new InvalidArtifactException(
          "no model file in the archive: looked for "
              + String.join(", ", MODEL_SUFFIXES)
              + (wanted == null ? "" : " named " + wanted + "* (option.modelName)")
              + " at its top level and found "
              + names(list(dir)));
    }
    if (candidates.size() > 1) {
      throw new InvalidArtifactException(
          "the archive holds several model files "
              + names(candidates)
              + ": keep one, or name it with option.modelName in serving.properties");
    }
    return candidates.getFirst();
  }

  private static boolean hasModelSuffix(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return MODEL_SUFFIXES.stream().anyMatch(name::endsWith);
  }

  private static Properties servingProperties(Path file)
      throws IOException, InvalidArtifactException {
    Properties properties = new Properties();
    if (Files.isRegularFile(file)) {
      try (Reader reader = Files.newBufferedReader(file)) {
        properties.load(reader);
      } catch (IllegalArgumentException | CharacterCodingException e) {
        throw new InvalidArtifactException(
            "serving.properties is not a valid UTF-8 properties file: " + e.getMessage(), e);
      }
    }
    return properties;
  }

  private static List<Path> list(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.sorted().toList();
    }
  }

  private static String names(List<Path> files) {
    return files.isEmpty()
        ? "nothing"
        : files.stream().map(f -> f.getFileName().toString()).sorted().toList().toString();
  }
}
