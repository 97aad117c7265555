package io.modelplane.runner.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.modelplane.runner.config.ModelConfig;
import io.modelplane.runner.engine.EngineKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelLoaderTest {

  @TempDir Path dir;

  private ModelConfig config(String uri, String engine, String sha256) {
    return new ModelConfig() {
      public String uri() {
        return uri;
      }

      public String name() {
        return "m";
      }

      public String version() {
        return "1";
      }

      public Optional<String> engine() {
        return Optional.ofNullable(engine);
      }

      public Optional<String> sha256() {
        return Optional.ofNullable(sha256);
      }

      public Optional<String> authToken() {
        return Optional.empty();
      }

      public String device() {
        return "cpu";
      }

      public Optional<Path> workDir() {
        return Optional.of(dir.resolve("work"));
      }

      public boolean exitOnFailure() {
        return false;
      }
    };
  }

  @Test
  void shouldRefuseAnEngineTheRunnerDoesNotHaveBeforeFetchingAnything() {
    // Given a URI that would fail if it were fetched
    String unreachable = "https://127.0.0.1:1/model.onnx";

    // When / Then
    assertThatThrownBy(() -> ModelLoader.load(config(unreachable, "TensorFlow", null)))
        .isInstanceOf(ModelLoadException.class)
        .hasMessage(
            "MODEL_ENGINE 'TensorFlow' is not an engine this runner has: use one of OnnxRuntime,"
                + " XGBoost, PyTorch");
  }

  @Test
  void shouldCheckTheDigestBeforeLoading() throws Exception {
    // Given
    Path model = Files.writeString(dir.resolve("model.onnx"), "x");
    String wrong = "ab".repeat(32);

    // When / Then
    assertThatThrownBy(() -> ModelLoader.load(config(model.toString(), null, wrong)))
        .isInstanceOf(ModelLoadException.class)
        .hasMessageContaining("sha256 mismatch")
        .hasMessageContaining(Sha256.of(model));
  }

  @Test
  void shouldReportAnEngineThatCannotReadTheFile() throws Exception {
    // Given a file that is not an ONNX graph but has the right digest
    Path model = Files.writeString(dir.resolve("model.onnx"), "not a graph");

    // When / Then
    assertThatThrownBy(() -> ModelLoader.load(config(model.toString(), null, Sha256.of(model))))
        .isInstanceOf(ModelLoadException.class)
        .hasMessageStartingWith("cannot load model.onnx with OnnxRuntime");
  }

  @Test
  void shouldPreferMODEL_ENGINEOverServingPropertiesOverTheFileExtension() throws Exception {
    // Given
    Path modelDir = Files.createDirectories(dir.resolve("m"));
    Files.writeString(modelDir.resolve("model.json"), "{}");
    Files.writeString(modelDir.resolve("serving.properties"), "engine=PyTorch\n");
    ModelArtifact artifact = ModelArtifact.in(modelDir);

    // When / Then
    assertThat(ModelLoader.engine(config("u", null, null), artifact)).isEqualTo(EngineKind.PYTORCH);
    assertThat(ModelLoader.engine(config("u", "onnxruntime", null), artifact))
        .isEqualTo(EngineKind.ONNX_RUNTIME);
    Files.delete(modelDir.resolve("serving.properties"));
    assertThat(ModelLoader.engine(config("u", null, null), ModelArtifact.in(modelDir)))
        .isEqualTo(EngineKind.XGBOOST);
  }
}
