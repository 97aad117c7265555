package io.modelplane.runner.protocol;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import io.modelplane.runner.support.MiniLmProfile;
import io.modelplane.runner.support.Ready;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(MiniLmProfile.class)
class MetricsResourceTest {

  @BeforeEach
  void waitForModel() {
    Ready.model();
  }

  @Test
  void shouldExposeRequestsErrorsLatencyBatchSizesAndQueueDepth() {
    // Given one good and one bad request
    given()
        .contentType(ContentType.JSON)
        .body(TextInferResourceTest.textRequest("m", List.of("metrics please")))
        .post("/v2/models/minilm/infer")
        .then()
        .statusCode(200);
    given()
        .contentType(ContentType.JSON)
        .body("{\"inputs\": []}")
        .post("/v2/models/minilm/infer")
        .then()
        .statusCode(400);

    // When
    String metrics = given().get("/metrics").then().statusCode(200).extract().asString();

    // Then
    org.assertj.core.api.Assertions.assertThat(metrics)
        .contains("runner_requests_total{outcome=\"success\"")
        .contains("runner_request_errors_total{status=\"400\"")
        .contains("runner_request_duration_seconds_bucket")
        .contains("runner_batch_size_bucket")
        .contains("runner_queue_depth");
  }

  @Test
  void shouldServeMetricsAtTheRootPathPrometheusScrapes() {
    given().get("/metrics").then().statusCode(200).body(containsString("# TYPE"));
  }
}
