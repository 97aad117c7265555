package io.modelplane.runner.protocol;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.modelplane.runner.support.Ready;
import io.modelplane.runner.support.S3XgboostProfile;
import io.modelplane.runner.support.XgboostProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** MODEL_URI=s3://… against s3proxy: fetched with the configured endpoint and keys, verified. */
@QuarkusTest
@TestProfile(S3XgboostProfile.class)
class S3InferResourceTest {

  private static final int F = XgboostProfile.FEATURES;

  @ConfigProperty(name = "test.model-file")
  String localCopy;

  @Test
  void shouldServeTheBoosterFetchedFromS3() throws Exception {
    // Given the runner fetched s3://models/house-prices/model.json and checked MODEL_SHA256
    Ready.model();
    float[] rows = {1, 2, 3, 4, 9, 8, 7, 6};
    Booster booster = XGBoost.loadModel(localCopy);
    float[][] expected = booster.predict(new DMatrix(rows, 2, F, Float.NaN));
    booster.dispose();

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
                            List.of(2, F),
                            "datatype",
                            "FP32",
                            "data",
                            List.of(1, 2, 3, 4, 9, 8, 7, 6)))))
            .post("/v2/models/house-prices/infer")
            .then()
            .statusCode(200)
            .body("outputs[0].shape", equalTo(List.of(2)))
            .extract()
            .jsonPath()
            .getList("outputs[0].data", Float.class);

    // Then
    assertThat(predictions).containsExactly(expected[0][0], expected[1][0]);
  }
}
