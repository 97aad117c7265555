package io.modelplane.runner.protocol;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.modelplane.runner.support.S3MissingKeyProfile;
import io.modelplane.runner.support.S3XgboostProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(S3MissingKeyProfile.class)
class S3MissingKeyResourceTest {

  @Test
  void shouldNeverBecomeReadyAndNameTheMissingKey() {
    // When the loader has given up
    Awaitility.await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> given().get("/v2/health/ready").then().extract().asString().contains("s3://"));

    // Then
    given()
        .get("/v2/health/ready")
        .then()
        .statusCode(400)
        .body("ready", equalTo(false))
        .body(
            "reason",
            equalTo(
                "download of s3://"
                    + S3XgboostProfile.BUCKET
                    + "/"
                    + S3MissingKeyProfile.KEY
                    + " failed: bucket '"
                    + S3XgboostProfile.BUCKET
                    + "' has no key '"
                    + S3MissingKeyProfile.KEY
                    + "'"));
    given().get("/v2/health/live").then().statusCode(200);
  }
}
