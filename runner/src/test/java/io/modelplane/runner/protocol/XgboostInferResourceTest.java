package io.modelplane.runner.protocol;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.modelplane.runner.support.Ready;
import io.modelplane.runner.support.XgboostProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(XgboostProfile.class)
class XgboostInferResourceTest {

  private static final int F = XgboostProfile.FEATURES;

  @ConfigProperty(name = "test.model-file")
  String modelFile;

  @BeforeEach
  void waitForModel() {
    Ready.model();
  }

  private static Map<String, Object> request(int rows, List<Float> data) {
    return Map.of(
        "inputs",
        List.of(
            Map.of("name", "input", "shape", List.of(rows, F), "datatype", "FP32", "data", data)));
  }

  @Test
  void shouldPredictExactlyWhatXgboost4jPredicts() throws Exception {
    // Given
    int rows = 7;
    Random random = new Random(99);
    float[] features = new float[rows * F];
    List<Float> data = new ArrayList<>();
    for (int i = 0; i < features.length; i++) {
      features[i] = random.nextFloat() * 10;
      data.add(features[i]);
    }
    Booster booster = XGBoost.loadModel(modelFile);
    float[][] expected = booster.predict(new DMatrix(features, rows, F, Float.NaN));

    // When
    List<Float> predictions =
        given()
            .contentType(ContentType.JSON)
            .body(request(rows, data))
            .post("/v2/models/house-prices/infer")
            .then()
            .statusCode(200)
            .body("model_version", equalTo("3"))
            .body("outputs[0].shape[0]", equalTo(rows))
            .extract()
            .jsonPath()
            .getList("outputs[0].data", Float.class);

    // Then
    assertThat(predictions).hasSize(rows);
    for (int r = 0; r < rows; r++) {
      assertThat(predictions.get(r)).isEqualTo(expected[r][0]);
    }
    booster.dispose();
  }

  @Test
  void shouldDescribeTheFeatureCountInTheSignature() {
    given()
        .get("/v2/models/house-prices")
        .then()
        .statusCode(200)
        .body("platform", equalTo("xgboost"))
        .body("inputs[0].datatype", equalTo("FP32"))
        .body("inputs[0].shape", equalTo(List.of(-1, F)));
  }

  @Test
  void shouldRefuseRowsOfTheWrongWidth() {
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
                        List.of(1, 3),
                        "datatype",
                        "FP32",
                        "data",
                        List.of(1, 2, 3)))))
        .post("/v2/models/house-prices/infer")
        .then()
        .statusCode(400)
        .body("error", containsString("must have shape [-1, 4]"));
  }

  @Test
  void shouldAcceptNestedRowMajorData() {
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
                        List.of(2, F),
                        "datatype",
                        "FP32",
                        "data",
                        List.of(List.of(1, 2, 3, 4), List.of(5, 6, 7, 8))))))
        .post("/v2/models/house-prices/infer")
        .then()
        .statusCode(200)
        .body("outputs[0].shape", equalTo(List.of(2)));
  }
}
