package io.modelplane.backend.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogTailTest {

  @TempDir Path dir;

  @Test
  void shouldNameTheRunnersLoadFailure() throws IOException {
    // Given
    Path log =
        Files.writeString(
            dir.resolve("r.log"),
            """
            2026-11-23 11:39:00,100 INFO  [io.quarkus] (main) started
            2026-11-23 11:39:00,200 ERROR [io.mod.run.mod.ModelBootstrap] (model-loader) Model churn \
            version 1 will not be served: sha256 mismatch for model artifact churn.json: \
            io.modelplane.runner.model.ModelLoadException: sha256 mismatch for model artifact churn.json
            \tat io.modelplane.runner.model.Sha256.verify(Sha256.java:40)
            2026-11-23 11:39:00,300 INFO  [io.quarkus] (main) stopped
            """);

    // When / Then
    assertThat(LogTail.failure(log, 0)).hasValue("sha256 mismatch for model artifact churn.json");
  }

  @Test
  void shouldFallBackToTheLastErrorLine() throws IOException {
    // Given
    Path log =
        Files.writeString(
            dir.resolve("r.log"),
            "2026-11-23 11:39:00,200 ERROR [io.quarkus.runtime] (main) Port 41234 seems to be in use\n");

    // When / Then
    assertThat(LogTail.failure(log, 0)).hasValue("Port 41234 seems to be in use");
  }

  @Test
  void shouldReadOnlyWhatTheLatestStartLogged() throws IOException {
    // Given
    String earlier = "2026-11-23 11:39:00,200 ERROR [x] (main) an older failure\n";
    Path log = Files.writeString(dir.resolve("r.log"), earlier + "--- modelplane: starting\n");

    // When / Then
    assertThat(LogTail.failure(log, earlier.length())).isEmpty();
  }
}
