package io.modelplane.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Directories for databases and processes a test starts, below the module's {@code target/} (so a
 * clean or a removed checkout takes them along) and removed when the test is done: one test run
 * writes gigabytes of PostgreSQL data and runner caches, which left in the system temp directory
 * filled the disk of the machine CI runs on.
 */
public final class ScratchDirectories {

  private static final Path ROOT = Path.of("target", "scratch").toAbsolutePath();

  private ScratchDirectories() {}

  public static Path create(String prefix) {
    try {
      return Files.createTempDirectory(Files.createDirectories(ROOT), prefix);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Removes {@code dir} and everything below it; nothing happens when it is null or gone. */
  public static void delete(Path dir) {
    if (dir == null || !Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(ScratchDirectories::deleteOne);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void deleteOne(Path path) {
    try {
      Files.deleteIfExists(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
