package io.modelplane.runner.protocol;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.notNullValue;

import io.modelplane.runner.support.MiniLmProfile;
import io.modelplane.runner.support.Ready;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(MiniLmProfile.class)
class BadInputResourceTest {

  @BeforeEach
  void waitForModel() {
    Ready.model();
  }

  private static Map<String, Object> input(
      String name, List<Integer> shape, String datatype, Object data) {
    return Map.of(
        "inputs",
        List.of(Map.of("name", name, "shape", shape, "datatype", datatype, "data", data)));
  }

  private static io.restassured.response.ValidatableResponse post(Object body) {
    return given().contentType(ContentType.JSON).body(body).post("/v2/models/minilm/infer").then();
  }

  @Test
  void shouldRefuseAWrongDatatypeWithTheProtocolErrorBody() {
    post(input("text", List.of(1), "FP32", List.of(1.0)))
        .statusCode(400)
        .body("error", containsString("must be BYTES"));
  }

  @Test
  void shouldRefuseAShapeThatDoesNotMatchTheData() {
    post(input("text", List.of(3), "BYTES", List.of("a", "b")))
        .statusCode(400)
        .body("error", containsString("has 2 elements"));
  }

  @Test
  void shouldRefuseAShapeOfTheWrongRank() {
    post(input("text", List.of(1, 1), "BYTES", List.of("a")))
        .statusCode(400)
        .body("error", containsString("must have shape"));
  }

  @Test
  void shouldRefuseAnUnknownInputName() {
    post(input("sentence", List.of(1), "BYTES", List.of("a")))
        .statusCode(400)
        .body("error", containsString("unexpected input 'sentence'"));
  }

  @Test
  void shouldRefuseNumbersWhereTextIsExpected() {
    post(input("text", List.of(1), "BYTES", List.of(42)))
        .statusCode(400)
        .body("error", containsString("holds the element 42"));
  }

  @Test
  void shouldRefuseMalformedJson() {
    post("{\"inputs\": [ {\"name\": \"text\", ").statusCode(400).body("error", notNullValue());
  }

  @Test
  void shouldRefuseARequestWithoutInputs() {
    post(Map.of("id", "x")).statusCode(400).body("error", containsString("no inputs"));
  }

  @Test
  void shouldAnswer404ForAnUnknownModel() {
    given()
        .contentType(ContentType.JSON)
        .body(input("text", List.of(1), "BYTES", List.of("a")))
        .post("/v2/models/other/infer")
        .then()
        .statusCode(404)
        .body("error", containsString("unknown model 'other'"));
  }

  @Test
  void shouldAnswer404ForAnUnknownVersion() {
    given()
        .get("/v2/models/minilm/versions/9")
        .then()
        .statusCode(404)
        .body("error", containsString("unknown version '9'"));
  }

  @Test
  void shouldAnswer413ForAnOversizePayload() {
    // The profile limits bodies to 256 KiB.
    String big = "x".repeat(300 * 1024);
    post(input("text", List.of(1), "BYTES", List.of(big))).statusCode(413);
  }
}
