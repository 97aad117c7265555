package io.modelplane.runner.protocol;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.modelplane.runner.support.BinaryRequests;
import io.modelplane.runner.support.Ready;
import io.modelplane.runner.support.XgboostProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The binary tensor data extension against the XGBoost regressor. */
@QuarkusTest
@TestProfile(XgboostProfile.class)
class BinaryInferResourceTest {

  private static final int F = XgboostProfile.FEATURES;
  private static final String INFER = "/v2/models/" + XgboostProfile.NAME + "/infer";

  @BeforeEach
  void waitForModel() {
    Ready.model();
  }

  private static ValidatableResponse postBinary(byte[] body, int headerLength) {
    return given()
        .contentType(ContentType.BINARY)
        .header("Inference-Header-Content-Length", headerLength)
        .body(body)
        .post(INFER)
        .then();
  }

  private static float[] features(int rows) {
    Random random = new Random(42);
    float[] values = new float[rows * F];
    for (int i = 0; i < values.length; i++) {
      values[i] = random.nextFloat() * 10;
    }
    return values;
  }

  @Test
  void shouldPredictTheSameForBinaryAndJsonInputs() {
    // Given
    int rows = 12;
    float[] values = features(rows);
    List<Float> asJson = new ArrayList<>();
    for (float value : values) {
      asJson.add(value);
    }
    BinaryRequests.Body binary = BinaryRequests.fp32("input", rows, F, values);
    List<Float> fromJson =
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
                            List.of(rows, F),
                            "datatype",
                            "FP32",
                            "data",
                            asJson))))
            .post(INFER)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("outputs[0].data", Float.class);

    // When
    List<Float> fromBinary =
        postBinary(binary.bytes(), binary.headerLength())
            .statusCode(200)
            .body("id", equalTo("bin"))
            .body("outputs[0].shape", equalTo(List.of(rows)))
            .extract()
            .jsonPath()
            .getList("outputs[0].data", Float.class);

    // Then
    assertThat(fromBinary).hasSize(rows).isEqualTo(fromJson);
  }

  @Test
  void shouldRefuseATruncatedBinaryBody() {
    // Given the last float cut in half
    BinaryRequests.Body whole = BinaryRequests.fp32("input", 2, F, features(2));
    byte[] truncated = Arrays.copyOf(whole.bytes(), whole.bytes().length - 2);

    // When / Then
    postBinary(truncated, whole.headerLength())
        .statusCode(400)
        .body("error", containsString("binary_data_size 32 but only 30 bytes"))
        .body("error", containsString("truncated"));
  }

  @Test
  void shouldRefuseAHeaderLengthBeyondTheBody() {
    BinaryRequests.Body whole = BinaryRequests.fp32("input", 1, F, features(1));

    postBinary(whole.bytes(), whole.bytes().length + 1)
        .statusCode(400)
        .body("error", containsString("Inference-Header-Content-Length is"));
  }

  @Test
  void shouldRefuseBinaryDataThatDoesNotFitTheShape() {
    // Given 2 rows declared but the 16 bytes of 1
    BinaryRequests.Body body =
        BinaryRequests.body(
            """
            {"inputs":[{"name":"input","shape":[2,4],"datatype":"FP32",\
            "parameters":{"binary_data_size":16}}]}""",
            new byte[16]);

    // When / Then
    postBinary(body.bytes(), body.headerLength())
        .statusCode(400)
        .body("error", containsString("has 16 bytes of binary data but 8 FP32 elements need 32"));
  }

  @Test
  void shouldRefuseMalformedJsonInTheHeader() {
    BinaryRequests.Body body = BinaryRequests.body("{\"inputs\": [", new byte[4]);

    postBinary(body.bytes(), body.headerLength())
        .statusCode(400)
        .body("error", containsString("malformed JSON"));
  }
}
