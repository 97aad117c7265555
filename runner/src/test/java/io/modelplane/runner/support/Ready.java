package io.modelplane.runner.support;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import java.time.Duration;
import org.awaitility.Awaitility;

/** The model loads in the background after start-up; tests wait for readiness, not for time. */
public final class Ready {

  private Ready() {}

  /** Waits until ready, failing at once with the runner's reason when loading failed. */
  public static void model() {
    Awaitility.await()
        .atMost(Duration.ofSeconds(90))
        .pollInterval(Duration.ofMillis(100))
        .until(
            () -> {
              Response response = given().get("/v2/health/ready");
              String reason = response.jsonPath().getString("reason");
              if (reason != null && !reason.contains("loading")) {
                throw new IllegalStateException("the model failed to load: " + reason);
              }
              return response.statusCode() == 200;
            });
  }
}
