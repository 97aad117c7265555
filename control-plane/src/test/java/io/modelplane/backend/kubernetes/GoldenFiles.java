package io.modelplane.backend.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Compares objects with a YAML file under {@code src/test/resources/golden/kubernetes}. Run with
 * {@code -Dgolden.update=true} to rewrite the files from the builders, then review the diff.
 */
final class GoldenFiles {

  private static final Path DIRECTORY = Path.of("src/test/resources/golden/kubernetes");

  private GoldenFiles() {}

  static void assertMatches(String file, List<? extends HasMetadata> objects) {
    String actual = objects.stream().map(Serialization::asYaml).collect(Collectors.joining());
    Path path = DIRECTORY.resolve(file);
    try {
      if (Boolean.getBoolean("golden.update")) {
        Files.createDirectories(DIRECTORY);
        Files.writeString(path, actual, StandardCharsets.UTF_8);
      }
      assertThat(path).as("golden file (create it with -Dgolden.update=true)").exists();
      assertThat(actual).isEqualTo(Files.readString(path, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
