package io.modelplane.runner.protocol;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.modelplane.runner.support.MiniLmProfile;
import io.modelplane.runner.support.Ready;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(MiniLmProfile.class)
class MetadataResourceTest {

  @BeforeEach
  void waitForModel() {
    Ready.model();
  }

  @Test
  void shouldReportLivenessAndReadiness() {
    given().get("/v2/health/live").then().statusCode(200).body("live", equalTo(true));
    given().get("/v2/health/ready").then().statusCode(200).body("ready", equalTo(true));
    given().get("/v2/models/minilm/ready").then().statusCode(200).body("ready", equalTo(true));
  }

  @Test
  void shouldDescribeTheServer() {
    given()
        .get("/v2")
        .then()
        .statusCode(200)
        .body("name", equalTo("modelplane-runner"))
        .body("version", notNullValue());
  }

  @Test
  void shouldDescribeTheModelSignature() {
    given()
        .get("/v2/models/minilm")
        .then()
        .statusCode(200)
        .body("name", equalTo("minilm"))
        .body("versions", equalTo(List.of("3")))
        .body("platform", equalTo("onnxruntime_onnx"))
        .body("inputs[0].name", equalTo("text"))
        .body("inputs[0].datatype", equalTo("BYTES"))
        .body("inputs[0].shape", equalTo(List.of(-1)))
        .body("outputs[0].name", equalTo("embedding"))
        .body("outputs[0].datatype", equalTo("FP32"))
        .body("outputs[0].shape", equalTo(List.of(-1, 384)));
  }

  @Test
  void shouldAnswer404ForTheMetadataOfAnUnknownModel() {
    given().get("/v2/models/nope").then().statusCode(404).body("error", notNullValue());
    given().get("/v2/models/nope/ready").then().statusCode(404);
  }
}
