package io.modelplane.registry.inspect;

import static io.modelplane.registry.inspect.TestArtifacts.MINILM_HIDDEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OnnxInspectionTest {

  private static final ModelSignature SERVED_TEXT =
      new ModelSignature(
          List.of(new TensorSpec("text", "BYTES", List.of(-1L))),
          List.of(new TensorSpec("embedding", "FP32", List.of(-1L, MINILM_HIDDEN))));

  @TempDir Path tmp;

  private final ArtifactInspector inspector = new DefaultArtifactInspector();

  @Test
  void shouldReadTheGraphsOwnTensorsFromABareOnnxFile() throws Exception {
    // Given
    Path onnx = TestArtifacts.miniLmOnnx(tmp.resolve("upload"));

    // When
    ModelSignature signature = inspector.inspect(onnx, Engine.ONNX);

    // Then
    List<Long> tokens = List.of(-1L, -1L);
    assertThat(signature.inputs())
        .containsExactlyInAnyOrder(
            new TensorSpec("input_ids", "INT64", tokens),
            new TensorSpec("attention_mask", "INT64", tokens),
            new TensorSpec("token_type_ids", "INT64", tokens));
    assertThat(signature.outputs())
        .first()
        .isEqualTo(new TensorSpec("last_hidden_state", "FP32", List.of(-1L, -1L, MINILM_HIDDEN)));
  }

  @Test
  void shouldServeTextInEmbeddingsOutForAZippedDirectoryWithATokenizer() throws Exception {
    // Given
    Path zip = TestArtifacts.zip(tmp.resolve("model.zip"), textModelDirectory(""));

    // When
    ModelSignature signature = inspector.inspect(zip, Engine.ONNX);

    // Then
    assertThat(signature).isEqualTo(SERVED_TEXT);
  }

  @Test
  void shouldServeTextInEmbeddingsOutForATarballWrappedInAFolder() throws Exception {
    // Given
    Path tarGz =
        TestArtifacts.tarGz(tmp.resolve("model.tar.gz"), textModelDirectory("all-minilm/"));

    // When
    ModelSignature signature = inspector.inspect(tarGz, Engine.ONNX);

    // Then
    assertThat(signature).isEqualTo(SERVED_TEXT);
  }

  @Test
  void shouldRefuseATextModelWhoseGraphNeedsTokenTypesTheRunnerWouldNotFeed() throws Exception {
    // Given MiniLM (its graph takes token_type_ids) without includeTokenTypes in serving.properties
    Map<String, Path> entries = new LinkedHashMap<>(textModelDirectory(""));
    entries.put(
        "serving.properties",
        TestArtifacts.text(tmp.resolve("plain.properties"), "engine=OnnxRuntime\npooling=mean\n"));
    Path zip = TestArtifacts.zip(tmp.resolve("no-token-types.zip"), entries);

    // When it is inspected
    Throwable thrown = catchThrowable(() -> inspector.inspect(zip, Engine.ONNX));

    // Then it is refused with the fix
    assertThat(thrown)
        .isInstanceOf(InvalidArtifactException.class)
        .hasMessageContaining("includeTokenTypes=true");
  }

  @Test
  void shouldCallATruncatedOnnxFileCorrupt() throws Exception {
    // Given
    Path onnx = TestArtifacts.miniLmOnnx(tmp.resolve("model.onnx"));
    Path truncated = TestArtifacts.truncated(onnx, tmp.resolve("truncated.onnx"), 100_000);

    // When
    Throwable thrown = catchThrowable(() -> inspector.inspect(truncated, Engine.ONNX));

    // Then
    assertThat(thrown)
        .isInstanceOf(InvalidArtifactException.class)
        .hasMessageStartingWith("the artifact is a corrupt or truncated ONNX graph");
  }

  @Test
  void shouldSayABareOnnxFileDeclaredAsXgboostIsNotAnXgboostModel() throws Exception {
    // Given
    Path onnx = TestArtifacts.miniLmOnnx(tmp.resolve("model.onnx"));

    // When
    Throwable thrown = catchThrowable(() -> inspector.inspect(onnx, Engine.XGBOOST));

    // Then
    assertThat(thrown)
        .isInstanceOf(InvalidArtifactException.class)
        .hasMessageStartingWith("the artifact is not an XGBoost model")
        .hasMessageEndingWith("it is an ONNX graph (engine onnx)");
  }

  @Test
  void shouldSayAZippedOnnxFileDeclaredAsXgboostIsNotAnXgboostModel() throws Exception {
    // Given
    Path zip =
        TestArtifacts.zip(
            tmp.resolve("model.zip"),
            Map.of("model.onnx", TestArtifacts.miniLmOnnx(tmp.resolve("model.onnx"))));

    // When
    Throwable thrown = catchThrowable(() -> inspector.inspect(zip, Engine.XGBOOST));

    // Then
    assertThat(thrown)
        .isInstanceOf(InvalidArtifactException.class)
        .hasMessage(
            "model file 'model.onnx' is not an XGBoost model: engine xgboost loads .json, .ubj"
                + " files; it is an ONNX graph (engine onnx)");
  }

  @Test
  void shouldRefuseAnArchiveHoldingTwoOnnxFiles() throws Exception {
    // Given
    Path onnx = TestArtifacts.miniLmOnnx(tmp.resolve("model.onnx"));
    Path zip = TestArtifacts.zip(tmp.resolve("two.zip"), Map.of("a.onnx", onnx, "b.onnx", onnx));

    // When
    Throwable thrown = catchThrowable(() -> inspector.inspect(zip, Engine.ONNX));

    // Then
    assertThat(thrown)
        .isInstanceOf(InvalidArtifactException.class)
        .hasMessage(
            "the archive holds several model files [a.onnx, b.onnx]: keep one, or name it with"
                + " option.modelName in serving.properties");
  }

  @Test
  void shouldRefuseServingPropertiesThatNameAnotherEngine() throws Exception {
    // Given
    Map<String, Path> entries = textModelDirectory("");
    entries.put("serving.properties", TestArtifacts.text(tmp.resolve("p"), "engine=PyTorch\n"));
    Path zip = TestArtifacts.zip(tmp.resolve("model.zip"), entries);

    // When
    Throwable thrown = catchThrowable(() -> inspector.inspect(zip, Engine.ONNX));

    // Then
    assertThat(thrown)
        .isInstanceOf(InvalidArtifactException.class)
        .hasMessageStartingWith(
            "serving.properties says engine=PyTorch but the version is registered for engine"
                + " onnx");
  }

  private Map<String, Path> textModelDirectory(String folder) throws IOException {
    Map<String, Path> entries = new LinkedHashMap<>();
    entries.put(folder + "model.onnx", TestArtifacts.miniLmOnnx(tmp.resolve("model.onnx")));
    entries.put(
        folder + "tokenizer.json", TestArtifacts.miniLmTokenizer(tmp.resolve("tokenizer.json")));
    entries.put(
        folder + "serving.properties",
        TestArtifacts.text(
            tmp.resolve("serving.properties"),
            """
            engine=OnnxRuntime
            option.modelName=model
            translatorFactory=ai.djl.huggingface.translator.TextEmbeddingTranslatorFactory
            pooling=mean
            normalize=true
            includeTokenTypes=true
            """));
    return entries;
  }
}
