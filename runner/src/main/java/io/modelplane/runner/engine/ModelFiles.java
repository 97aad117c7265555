package io.modelplane.runner.engine;

import ai.djl.Device;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

/** What an engine loader needs to know about an unpacked artifact. */
public record ModelFiles(
    Path directory, Path modelFile, String modelName, Properties servingProperties, Device device) {

  public boolean hasTokenizer() {
    return Files.isRegularFile(directory.resolve("tokenizer.json"));
  }

  public Optional<String> property(String key) {
    return Optional.ofNullable(servingProperties.getProperty(key)).map(String::strip);
  }
}
