package io.modelplane.helm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares rendered manifests with a file under {@code src/test/resources/golden}. Run with {@code
 * -Dgolden.update=true} to rewrite the files from the chart, then review the diff.
 */
final class GoldenManifests {

  private static final Path DIRECTORY = Path.of("src/test/resources/golden");

  private GoldenManifests() {}

  static void assertMatches(String file, String manifests) {
    Path path = DIRECTORY.resolve(file);
    try {
      if (Boolean.getBoolean("golden.update")) {
        Files.createDirectories(DIRECTORY);
        Files.writeString(path, manifests, StandardCharsets.UTF_8);
      }
      assertThat(path).as("golden file (create it with -Dgolden.update=true)").exists();
      assertThat(manifests).isEqualTo(Files.readString(path, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
