package io.modelplane.runner.protocol;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.modelplane.runner.support.BadDigestProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(BadDigestProfile.class)
class LoadFailureResourceTest {

  @Test
  void shouldNeverBecomeReadyWhenTheDigestDoesNotMatch() {
    // When the loader has given up
    Awaitility.await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () -> given().get("/v2/health/ready").then().extract().asString().contains("sha256"));

    // Then
    given()
        .get("/v2/health/ready")
        .then()
        .statusCode(400)
        .body("ready", equalTo(false))
        .body("reason", containsString("MODEL_SHA256 is " + BadDigestProfile.WRONG));
    given().get("/v2/health/live").then().statusCode(200);
    given().get("/v2/models/tampered/ready").then().statusCode(400);
    given()
        .contentType("application/json")
        .body("{\"inputs\":[]}")
        .post("/v2/models/tampered/infer")
        .then()
        .statusCode(503)
        .body("error", containsString("not ready"));
  }
}
