package io.modelplane.runner.protocol;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.modelplane.runner.support.PytorchProfile;
import io.modelplane.runner.support.Ready;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(PytorchProfile.class)
class PytorchInferResourceTest {

  @ConfigProperty(name = "test.expected")
  String expected;

  @BeforeEach
  void waitForModel() {
    Ready.model();
  }

  @Test
  void shouldPredictWhatTheTrainedModelPredictedBeforeItWasSaved() {
    // Given
    List<Float> probe = new ArrayList<>();
    for (float value : PytorchProfile.PROBE) {
      probe.add(value);
    }
    int rows = probe.size() / PytorchProfile.FEATURES;

    // When
    List<Float> predictions =
        given()
            .contentType(ContentType.JSON)
            .body(
                Map.of(
                    "inputs",
                    List.of(
                        Map.of(
                            "name",
                            "input",
                            "shape",
                            List.of(rows, PytorchProfile.FEATURES),
                            "datatype",
                            "FP32",
                            "data",
                            probe))))
            .post("/v2/models/linear/infer")
            .then()
            .statusCode(200)
            .body("outputs[0].shape", equalTo(List.of(rows, 1)))
            .extract()
            .jsonPath()
            .getList("outputs[0].data", Float.class);

    // Then
    List<Float> trained = Arrays.stream(expected.split(",")).map(Float::valueOf).toList();
    assertThat(predictions).containsExactlyElementsOf(trained);
    // and training worked: 2a + 3b - c for the first probe row is 5
    assertThat(predictions.getFirst()).isCloseTo(5f, org.assertj.core.data.Offset.offset(0.3f));
  }
}
