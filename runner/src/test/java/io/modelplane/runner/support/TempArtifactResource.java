package io.modelplane.runner.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/** Builds a model artifact in a temp dir before the runner starts and points MODEL_URI at it. */
public abstract class TempArtifactResource implements QuarkusTestResourceLifecycleManager {

  private Path dir;

  /** Returns the runner config (model.*) plus any test.* keys the tests read back. */
  protected abstract Map<String, String> build(Path dir) throws Exception;

  @Override
  public Map<String, String> start() {
    try {
      dir = Files.createTempDirectory("runner-test-");
      return build(dir);
    } catch (Exception e) {
      throw new IllegalStateException("cannot build the test artifact", e);
    }
  }

  @Override
  public void stop() {
    if (dir == null) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(TempArtifactResource::delete);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void delete(Path path) {
    try {
      Files.deleteIfExists(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
