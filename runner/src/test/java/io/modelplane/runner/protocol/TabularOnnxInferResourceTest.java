package io.modelplane.runner.protocol;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.modelplane.runner.support.Ready;
import io.modelplane.runner.support.TabularOnnx;
import io.modelplane.runner.support.TabularOnnxProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(TabularOnnxProfile.class)
class TabularOnnxInferResourceTest {

  private static final int F = TabularOnnx.FEATURES;
  private static final int C = TabularOnnx.CLASSES;

  @BeforeEach
  void waitForModel() {
    Ready.model();
  }

  private static ValidatableResponse infer(List<Integer> shape, String datatype, Object data) {
    return given()
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "id",
                "req-1",
                "inputs",
                List.of(
                    Map.of(
                        "name",
                        TabularOnnx.INPUT,
                        "shape",
                        shape,
                        "datatype",
                        datatype,
                        "data",
                        data))))
        .post("/v2/models/" + TabularOnnxProfile.NAME + "/infer")
        .then();
  }

  @Test
  void shouldDescribeTheSignatureReadFromTheGraph() {
    given()
        .get("/v2/models/" + TabularOnnxProfile.NAME)
        .then()
        .statusCode(200)
        .body("platform", equalTo("onnxruntime_onnx"))
        .body("inputs[0].name", equalTo(TabularOnnx.INPUT))
        .body("inputs[0].datatype", equalTo("FP32"))
        .body("inputs[0].shape", equalTo(List.of(-1, F)))
        .body("outputs[0].name", equalTo(TabularOnnx.OUTPUT))
        .body("outputs[0].datatype", equalTo("FP32"))
        .body("outputs[0].shape", equalTo(List.of(-1, C)));
  }

  @Test
  void shouldComputeSigmoidOfTheAffineMapForEveryRow() {
    // Given
    int rows = 9;
    Random random = new Random(5);
    float[] features = new float[rows * F];
    List<Float> data = new ArrayList<>();
    for (int i = 0; i < features.length; i++) {
      features[i] = random.nextFloat() * 6 - 3;
      data.add(features[i]);
    }

    // When
    List<Float> scores =
        infer(List.of(rows, F), "FP32", data)
            .statusCode(200)
            .body("id", equalTo("req-1"))
            .body("model_name", equalTo(TabularOnnxProfile.NAME))
            .body("outputs[0].name", equalTo(TabularOnnx.OUTPUT))
            .body("outputs[0].datatype", equalTo("FP32"))
            .body("outputs[0].shape", equalTo(List.of(rows, C)))
            .extract()
            .jsonPath()
            .getList("outputs[0].data", Float.class);

    // Then
    double[] expected = TabularOnnx.expected(features);
    assertThat(scores).hasSize(expected.length);
    for (int i = 0; i < expected.length; i++) {
      assertThat((double) scores.get(i)).as("element %d", i).isCloseTo(expected[i], within(1e-6));
    }
  }

  @Test
  void shouldRefuseRowsOfTheWrongWidth() {
    infer(List.of(2, 3), "FP32", List.of(1, 2, 3, 4, 5, 6))
        .statusCode(400)
        .body("error", containsString("input 'x' must have shape [-1, 4], got [2, 3]"));
  }

  @Test
  void shouldRefuseADatatypeTheGraphDoesNotTake() {
    infer(List.of(1, F), "FP64", List.of(1, 2, 3, 4))
        .statusCode(400)
        .body("error", containsString("input 'x' must be FP32, not FP64"));
  }

  @Test
  void shouldRefuseTextInANumericInput() {
    infer(List.of(1, F), "FP32", List.of(1, 2, "three", 4))
        .statusCode(400)
        .body("error", containsString("input 'x' is FP32 but holds the element \"three\""));
  }
}
