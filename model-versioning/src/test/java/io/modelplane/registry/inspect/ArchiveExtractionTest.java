package io.modelplane.registry.inspect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchiveExtractionTest {

  @TempDir Path tmp;
  @TempDir Path workDir;

  private Path xgboostJson;
  private ArtifactInspector inspector;

  @BeforeEach
  void writeModel() throws Exception {
    inspector = new DefaultArtifactInspector(workDir, 64 * 1024, 4);
    xgboostJson = TestArtifacts.fixture(tmp.resolve("model.json"), RealModels.XGBOOST_BINARY_JSON);
  }

  @Test
  void shouldRefuseAZipEntryThatClimbsOutOfTheArchive() throws Exception {
    // Given
    Path zip = TestArtifacts.zip(tmp.resolve("slip.zip"), Map.of("../../evil.json", xgboostJson));

    // When
    Throwable thrown = catchThrowable(() -> inspector.inspect(zip, Engine.XGBOOST));

    // Then
    assertThat(thrown)
        .isInstanceOf(InvalidArtifactException.class)
        .hasMessageStartingWith("archive entry '../../evil.json' points outside the archive");
  }

  @Test
  void shouldRefuseATarEntryWithAnAbsolutePath() throws Exception {
    // Given
    Path tarGz =
        TestArtifacts.tarGz(tmp.resolve("abs.tar.gz"), Map.of("/tmp/evil.json", xgboostJson));

    // When
    Throwable thrown = catchThrowable(() -> inspector.inspect(tarGz, Engine.XGBOOST));

    // Then
    assertThat(thrown)
        .isInstanceOf(InvalidArtifactException.class)
        .hasMessageStartingWith("archive entry '/tmp/evil.json' points outside the archive");
  }

  @Test
  void shouldRefuseASymbolicLinkInATarball() throws Exception {
    // Given
    Path tarGz = TestArtifacts.tarGzWithSymlink(tmp.resolve("link.tar.gz"), "model.json", "/etc");

    // When
    Throwable thrown = catchThrowable(() -> inspector.inspect(tarGz, Engine.XGBOOST));

    // Then
    assertThat(thrown)
        .isInstanceOf(InvalidArtifactException.class)
        .hasMessage(
            "archive entry 'model.json' is a link; a model archive must hold plain files only");
  }

  @Test
  void shouldRefuseAnArchiveWithMoreEntriesThanTheLimit() throws Exception {
    // Given
    Map<String, Path> entries = new LinkedHashMap<>();
    for (String name : List.of("a.txt", "b.txt", "c.txt", "d.txt", "model.json")) {
      entries.put(name, xgboostJson);
    }
    Path zip = TestArtifacts.zip(tmp.resolve("many.zip"), entries);

    // When
    Throwable thrown = catchThrowable(() -> inspector.inspect(zip, Engine.XGBOOST));

    // Then
    assertThat(thrown)
        .isInstanceOf(InvalidArtifactException.class)
        .hasMessageStartingWith("the archive holds more than 4 entries");
  }

  @Test
  void shouldRefuseAnArchiveThatExpandsBeyondTheSizeLimit() throws Exception {
    // Given
    Path big = Files.write(tmp.resolve("big.bin"), new byte[128 * 1024]);
    Path zip =
        TestArtifacts.zip(
            tmp.resolve("bomb.zip"), Map.of("model.json", xgboostJson, "padding.bin", big));

    // When
    Throwable thrown = catchThrowable(() -> inspector.inspect(zip, Engine.XGBOOST));

    // Then
    assertThat(thrown)
        .isInstanceOf(InvalidArtifactException.class)
        .hasMessageStartingWith("the archive expands to more than 65536 bytes");
  }

  @Test
  void shouldNameWhatItFoundWhenAnArchiveHoldsNoModelFile() throws Exception {
    // Given
    Path readme = TestArtifacts.text(tmp.resolve("README.md"), "a model, soon");
    Path zip = TestArtifacts.zip(tmp.resolve("empty.zip"), Map.of("README.md", readme));

    // When
    Throwable thrown = catchThrowable(() -> inspector.inspect(zip, Engine.XGBOOST));

    // Then
    assertThat(thrown)
        .isInstanceOf(InvalidArtifactException.class)
        .hasMessage(
            "no model file in the archive: looked for .onnx, .json, .ubj, .pt, .pth,"
                + " .torchscript, .params at its top level and found [README.md]");
  }

  @Test
  void shouldCallATruncatedZipCorrupt() throws Exception {
    // Given
    Path zip = TestArtifacts.zip(tmp.resolve("model.zip"), Map.of("model.json", xgboostJson));
    Path truncated = TestArtifacts.truncated(zip, tmp.resolve("truncated.zip"), 200);

    // When
    Throwable thrown = catchThrowable(() -> inspector.inspect(truncated, Engine.XGBOOST));

    // Then
    assertThat(thrown)
        .isInstanceOf(InvalidArtifactException.class)
        .hasMessageStartingWith("the archive is corrupt");
  }

  @Test
  void shouldLeaveNothingBehindAfterReadingAnArchive() throws Exception {
    // Given
    Path zip = TestArtifacts.zip(tmp.resolve("model.zip"), Map.of("model/model.json", xgboostJson));

    // When
    inspector.inspect(zip, Engine.XGBOOST);

    // Then
    assertThat(workDir).isEmptyDirectory();
  }

  @Test
  void shouldLeaveNothingBehindAfterRefusingAnArchive() throws Exception {
    // Given
    Path zip =
        TestArtifacts.zip(
            tmp.resolve("slip.zip"), Map.of("model.json", xgboostJson, "../x", xgboostJson));

    // When
    Throwable thrown = catchThrowable(() -> inspector.inspect(zip, Engine.XGBOOST));

    // Then
    assertThat(thrown).isInstanceOf(InvalidArtifactException.class);
    assertThat(workDir).isEmptyDirectory();
  }
}
