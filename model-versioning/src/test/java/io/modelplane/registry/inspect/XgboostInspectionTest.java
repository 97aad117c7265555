package io.modelplane.registry.inspect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XgboostInspectionTest {

  private static final TensorSpec FIVE_FEATURES = new TensorSpec("input", "FP32", List.of(-1L, 5L));

  @TempDir Path tmp;

  private final ArtifactInspector inspector = new DefaultArtifactInspector();

  @Test
  void shouldReadTheFeatureCountOfAJsonBooster() throws Exception {
    // Given
    Path json = TestArtifacts.fixture(tmp.resolve("upload"), RealModels.XGBOOST_BINARY_JSON);

    // When
    ModelSignature signature = inspector.inspect(json, Engine.XGBOOST);

    // Then
    assertThat(signature)
        .isEqualTo(
            new ModelSignature(
                List.of(FIVE_FEATURES),
                List.of(new TensorSpec("predictions", "FP32", List.of(-1L)))));
  }

  @Test
  void shouldReadAJsonBoosterFromAZippedDirectory() throws Exception {
    // Given
    Path json = TestArtifacts.fixture(tmp.resolve("model.json"), RealModels.XGBOOST_BINARY_JSON);
    Path properties = TestArtifacts.text(tmp.resolve("serving.properties"), "engine=XGBoost\n");
    Path zip =
        TestArtifacts.zip(
            tmp.resolve("model.zip"), Map.of("model.json", json, "serving.properties", properties));

    // When
    ModelSignature signature = inspector.inspect(zip, Engine.XGBOOST);

    // Then
    assertThat(signature.inputs()).containsExactly(FIVE_FEATURES);
  }

  @Test
  void shouldServeOneProbabilityPerClassForSoftprob() throws Exception {
    // Given
    Path json = TestArtifacts.fixture(tmp.resolve("model.json"), RealModels.XGBOOST_SOFTPROB_JSON);

    // When
    ModelSignature signature = inspector.inspect(json, Engine.XGBOOST);

    // Then
    assertThat(signature.outputs())
        .containsExactly(new TensorSpec("predictions", "FP32", List.of(-1L, 3L)));
  }

  @Test
  void shouldServeOneClassIndexPerRowForSoftmax() throws Exception {
    // Given
    Path json = TestArtifacts.fixture(tmp.resolve("model.json"), RealModels.XGBOOST_SOFTMAX_JSON);

    // When
    ModelSignature signature = inspector.inspect(json, Engine.XGBOOST);

    // Then
    assertThat(signature.outputs())
        .containsExactly(new TensorSpec("predictions", "FP32", List.of(-1L)));
  }

  @Test
  void shouldAskForJsonWhenGivenAUbjsonBooster() throws Exception {
    // Given
    Path ubj = TestArtifacts.fixture(tmp.resolve("model.ubj"), RealModels.XGBOOST_BINARY_UBJ);

    // When
    Throwable thrown = catchThrowable(() -> inspector.inspect(ubj, Engine.XGBOOST));

    // Then
    assertThat(thrown)
        .isInstanceOf(InvalidArtifactException.class)
        .hasMessage(
            "the artifact is an XGBoost UBJSON model, but the runner loads JSON: save the booster"
                + " with booster.save_model('model.json')");
  }

  @Test
  void shouldCallATruncatedJsonBoosterTruncated() throws Exception {
    // Given
    Path json = TestArtifacts.fixture(tmp.resolve("model.json"), RealModels.XGBOOST_BINARY_JSON);
    Path truncated = TestArtifacts.truncated(json, tmp.resolve("truncated.json"), 500);

    // When
    Throwable thrown = catchThrowable(() -> inspector.inspect(truncated, Engine.XGBOOST));

    // Then
    assertThat(thrown)
        .isInstanceOf(InvalidArtifactException.class)
        .hasMessageStartingWith("the artifact is truncated or not valid JSON");
  }

  @Test
  void shouldRefuseJsonThatIsNotABooster() throws Exception {
    // Given
    Path json = TestArtifacts.text(tmp.resolve("model.json"), "{\"learner\": {\"x\": 1}}");

    // When
    Throwable thrown = catchThrowable(() -> inspector.inspect(json, Engine.XGBOOST));

    // Then
    assertThat(thrown)
        .isInstanceOf(InvalidArtifactException.class)
        .hasMessageStartingWith("the artifact is JSON but not an XGBoost model");
  }

  @Test
  void shouldSayAnXgboostBoosterDeclaredAsOnnxIsNotAnOnnxModel() throws Exception {
    // Given
    Path json = TestArtifacts.fixture(tmp.resolve("model.json"), RealModels.XGBOOST_BINARY_JSON);

    // When
    Throwable thrown = catchThrowable(() -> inspector.inspect(json, Engine.ONNX));

    // Then
    assertThat(thrown)
        .isInstanceOf(InvalidArtifactException.class)
        .hasMessage(
            "the artifact is not an ONNX model: ONNX Runtime cannot parse it; it is a JSON"
                + " document");
  }
}
