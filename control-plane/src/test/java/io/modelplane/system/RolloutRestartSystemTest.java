package io.modelplane.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.modelplane.launcher.KeycloakServer;
import io.modelplane.launcher.PostgresServer;
import io.modelplane.testing.FreePorts;
import io.modelplane.testing.ScratchDirectories;
import io.modelplane.testing.TestArtifacts;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The packaged control plane restarted in the middle of a canary rollout: the rollout resumes at
 * the step it had reached (same step, same start), its runners come back, and it can be finished.
 * Real PostgreSQL, Keycloak, control-plane and runner processes; runs after {@code package}.
 */
class RolloutRestartSystemTest {

  private static final String BODY =
      "{\"inputs\":[{\"name\":\"input\",\"shape\":[1,4],\"datatype\":\"FP32\",\"data\":[1,2,3,4]}]}";

  private static Path data;
  private static PostgresServer postgres;
  private static KeycloakServer keycloak;
  private static int port;
  private static Process controlPlane;

  @BeforeAll
  static void startDatabaseIdentityAndControlPlane() throws IOException {
    data = ScratchDirectories.create("restart-");
    postgres = PostgresServer.start(data.resolve("postgres"), FreePorts.next(), false);
    port = FreePorts.next();
    keycloak =
        KeycloakServer.start(
            KeycloakServer.bundledHome(),
            FreePorts.next(),
            FreePorts.next(),
            false,
            List.of("http://127.0.0.1:" + port));
    controlPlane = startControlPlane();
  }

  @AfterAll
  static void stopAll() throws IOException {
    if (controlPlane != null) {
      stop(controlPlane);
    }
    if (keycloak != null) {
      keycloak.close();
    }
    if (postgres != null) {
      postgres.close();
    }
    ScratchDirectories.delete(data);
  }

  @Test
  void shouldResumeACanaryAtItsStepAfterARestart() throws IOException {
    // Given acme with a model of two versions and a deployment of version 1 on local runners
    api(token("pat"))
        .body("{\"slug\":\"acme\",\"displayName\":\"Acme\",\"gpuQuota\":0}")
        .post("/api/v1/tenants")
        .then()
        .statusCode(201);
    String bob = token("bob");
    api(bob)
        .body("{\"name\":\"churn\",\"task\":\"classification\"}")
        .post("/api/v1/tenants/acme/models")
        .then()
        .statusCode(201);
    for (int i = 0; i < 2; i++) {
      given()
          .baseUri("http://127.0.0.1:" + port)
          .auth()
          .oauth2(bob)
          .multiPart("metadata", "{\"engine\":\"xgboost\"}", "application/json")
          .multiPart("artifact", TestArtifacts.xgboost().toFile(), "application/octet-stream")
          .post("/api/v1/tenants/acme/models/churn/versions")
          .then()
          .statusCode(201);
    }
    api(bob)
        .body(
            "{\"name\":\"churn\",\"environment\":\"prod\",\"backend\":\"local\",\"model\":\"churn\",\"version\":1,\"reason\":\"launch\"}")
        .post("/api/v1/tenants/acme/deployments")
        .then()
        .statusCode(201);
    await().atMost(Duration.ofMinutes(2)).until(() -> infer(bob).statusCode() == 200);

    // And a canary of version 2 that has reached its second step (held for an hour)
    api(bob)
        .body(
            "{\"version\":2,\"reason\":\"canary\",\"rollout\":{\"strategy\":\"canary\",\"steps\":["
                + "{\"weight\":20,\"minDuration\":\"1s\",\"minRequests\":5},"
                + "{\"weight\":50,\"minDuration\":\"1h\",\"minRequests\":5}],"
                + "\"gates\":{\"maxErrorRate\":0.05,\"maxP99Ratio\":50}}}")
        .patch("/api/v1/tenants/acme/deployments/churn")
        .then()
        .statusCode(200);
    await()
        .atMost(Duration.ofMinutes(2))
        .until(
            () -> {
              infer(bob);
              return rollout(bob).jsonPath().getInt("step") == 2;
            });
    String stepStartedAt = rollout(bob).jsonPath().getString("stepStartedAt");

    // When the control plane is stopped and started again on the same database
    stop(controlPlane);
    controlPlane = startControlPlane();
    String bobAgain = token("bob");

    // Then the rollout is where it was, and both revisions serve again
    rollout(bobAgain)
        .then()
        .body("state", equalTo("progressing"))
        .body("step", equalTo(2))
        .body("canaryWeight", equalTo(50))
        .body("stepStartedAt", equalTo(stepStartedAt));
    Set<String> versions = ConcurrentHashMap.newKeySet();
    await()
        .atMost(Duration.ofMinutes(2))
        .until(
            () -> {
              Response r = infer(bobAgain);
              if (r.statusCode() == 200) {
                versions.add(r.jsonPath().getString("model_version"));
              }
              return versions.equals(Set.of("1", "2"));
            });

    // And it can be finished
    api(bobAgain)
        .body("{\"reason\":\"resumed fine\"}")
        .post("/api/v1/tenants/acme/deployments/churn/rollout/promote")
        .then()
        .statusCode(200)
        .body("state", equalTo("succeeded"));
    await().atMost(Duration.ofSeconds(30)).until(() -> "2".equals(version(infer(bobAgain))));
    assertThat(
            api(bobAgain)
                .get("/api/v1/tenants/acme/deployments/churn")
                .jsonPath()
                .getList("traffic"))
        .isEqualTo(List.of(Map.of("revision", 2, "weight", 100)));
  }

  private static String version(Response r) {
    return r.statusCode() == 200 ? r.jsonPath().getString("model_version") : null;
  }

  private static Response rollout(String token) {
    return api(token).get("/api/v1/tenants/acme/deployments/churn/rollout");
  }

  private static Response infer(String token) {
    return api(token).body(BODY).post("/api/v1/tenants/acme/deployments/churn/infer");
  }

  private static RequestSpecification api(String token) {
    return given()
        .baseUri("http://127.0.0.1:" + port)
        .auth()
        .oauth2(token)
        .contentType(ContentType.JSON);
  }

  private static String token(String user) {
    return given()
        .formParam("grant_type", "password")
        .formParam("client_id", "modelplane-cli")
        .formParam("username", user)
        .formParam("password", user)
        .post(keycloak.url() + "/realms/" + KeycloakServer.REALM + "/protocol/openid-connect/token")
        .then()
        .statusCode(200)
        .extract()
        .path("access_token");
  }

  private static Process startControlPlane() throws IOException {
    Path jar = Path.of("target/quarkus-app/quarkus-run.jar").toAbsolutePath();
    ProcessBuilder pb =
        new ProcessBuilder(
                ProcessHandle.current().info().command().orElse("java"),
                "--enable-native-access=ALL-UNNAMED",
                "-jar",
                jar.toString())
            .redirectErrorStream(true)
            .redirectOutput(data.resolve("control-plane.log").toFile());
    Map<String, String> env = pb.environment();
    env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
    env.put("MODELPLANE_DB_URL", postgres.jdbcUrl());
    env.put("MODELPLANE_KEYCLOAK_URL", keycloak.url());
    env.put("MODELPLANE_DATA_DIR", data.toString());
    env.put(
        "MODELPLANE_BACKEND_LOCAL_RUNNER_JAR",
        Path.of("../runner/target/quarkus-app/quarkus-run.jar").toAbsolutePath().toString());
    Process process = pb.start();
    await()
        .atMost(Duration.ofMinutes(2))
        .ignoreExceptionsInstanceOf(java.net.ConnectException.class)
        .until(
            () -> {
              assertThat(process.isAlive()).as("control plane exited; see its log").isTrue();
              return given().baseUri("http://127.0.0.1:" + port).get("/q/health/ready").statusCode()
                  == 200;
            });
    return process;
  }

  /** SIGTERM, as a node drain or a rolling update would; its runners stop with it. */
  private static void stop(Process process) {
    process.destroy();
    await().atMost(Duration.ofMinutes(1)).until(() -> !process.isAlive());
  }
}
