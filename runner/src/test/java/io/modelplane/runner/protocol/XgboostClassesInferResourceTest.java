package io.modelplane.runner.protocol;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.modelplane.runner.support.Ready;
import io.modelplane.runner.support.XgboostClassesProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Class probabilities come back one row per input row, as the registry declares them. */
@QuarkusTest
@TestProfile(XgboostClassesProfile.class)
class XgboostClassesInferResourceTest {

  private static final int F = XgboostClassesProfile.FEATURES;
  private static final int K = XgboostClassesProfile.CLASSES;

  @ConfigProperty(name = "test.model-file")
  String modelFile;

  @BeforeEach
  void waitForModel() {
    Ready.model();
  }

  @Test
  void shouldDeclareRowsOfClassProbabilities() {
    given()
        .get("/v2/models/" + XgboostClassesProfile.NAME)
        .then()
        .statusCode(200)
        .body("outputs[0].shape", equalTo(List.of(-1, K)));
  }

  @Test
  void shouldReturnWhatXgboost4jPredictsPerRow() throws Exception {
    // Given four rows
    float[] features = {0.9f, 0.1f, 0.2f, 0.1f, 0.8f, 0.3f, 0.2f, 0.1f, 0.95f, 0.5f, 0.4f, 0.45f};
    List<Float> data = new ArrayList<>();
    for (float f : features) {
      data.add(f);
    }
    float[][] expected =
        XGBoost.loadModel(modelFile).predict(new DMatrix(features, 4, F, Float.NaN));

    // When they are sent in one request
    Response response =
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
                            List.of(4, F),
                            "datatype",
                            "FP32",
                            "data",
                            data))))
            .post("/v2/models/" + XgboostClassesProfile.NAME + "/infer");

    // Then the output is [4, K] and equals xgboost4j's probabilities
    response.then().statusCode(200).body("outputs[0].shape", equalTo(List.of(4, K)));
    List<Float> flat = response.jsonPath().getList("outputs[0].data", Float.class);
    for (int r = 0; r < 4; r++) {
      for (int k = 0; k < K; k++) {
        assertThat(flat.get(r * K + k)).isEqualTo(expected[r][k]);
      }
    }
  }
}
