package io.modelplane.runner.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArtifactUnpackerTest {

  @TempDir Path dir;

  @Test
  void shouldUnpackATarGzWrappedInOneDirectory() throws Exception {
    // Given an artifact made with `tar czf model.tar.gz model/`, named without an extension
    Path artifact = dir.resolve("download-abc");
    try (OutputStream out = Files.newOutputStream(artifact);
        TarArchiveOutputStream tar = new TarArchiveOutputStream(new GZIPOutputStream(out))) {
      add(tar, "model/model.onnx", "onnx");
      add(tar, "model/serving.properties", "engine=OnnxRuntime\n");
    }

    // When
    ModelArtifact unpacked = ModelArtifact.in(ArtifactUnpacker.unpack(artifact, dir));

    // Then
    assertThat(unpacked.modelFile().getFileName()).hasToString("model.onnx");
    assertThat(unpacked.property("engine")).contains("OnnxRuntime");
  }

  @Test
  void shouldGiveASingleModelFileADirectoryOfItsOwn() throws Exception {
    // Given
    Path artifact = Files.writeString(dir.resolve("booster.json"), "{}");

    // When
    ModelArtifact unpacked = ModelArtifact.in(ArtifactUnpacker.unpack(artifact, dir));

    // Then
    assertThat(unpacked.modelName()).isEqualTo("booster");
    assertThat(unpacked.directory()).isNotEqualTo(dir);
  }

  @Test
  void shouldRefuseAZipEntryThatEscapesItsDirectory() throws Exception {
    // Given
    Path artifact = dir.resolve("evil.zip");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(artifact))) {
      zip.putNextEntry(new ZipEntry("../../escaped.onnx"));
      zip.write(1);
      zip.closeEntry();
    }

    // When / Then
    assertThatThrownBy(() -> ArtifactUnpacker.unpack(artifact, dir))
        .isInstanceOf(ModelLoadException.class)
        .hasMessageContaining("escapes");
  }

  @Test
  void shouldFailWhenTheArtifactHasNoModelFile() throws Exception {
    // Given
    Path artifact = dir.resolve("empty.zip");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(artifact))) {
      zip.putNextEntry(new ZipEntry("README.txt"));
      zip.write(1);
      zip.closeEntry();
    }
    Path unpacked = ArtifactUnpacker.unpack(artifact, dir);

    // When / Then
    assertThatThrownBy(() -> ModelArtifact.in(unpacked))
        .isInstanceOf(ModelLoadException.class)
        .hasMessageContaining("no model file in the artifact");
  }

  private static void add(TarArchiveOutputStream tar, String name, String content)
      throws Exception {
    byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
    TarArchiveEntry entry = new TarArchiveEntry(name);
    entry.setSize(bytes.length);
    tar.putArchiveEntry(entry);
    tar.write(bytes);
    tar.closeArchiveEntry();
  }
}
