package io.modelplane.monitor;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.modelplane.deployment.service.DeploymentQueries;
import io.modelplane.latency.service.LatencyFlusher;
import io.modelplane.latency.service.LatencyRecorder;
import io.modelplane.latency.service.LatencyRecorder.Series;
import io.modelplane.monitor.service.Notifier;
import io.modelplane.persistence.TenantWork;
import io.modelplane.testing.KeycloakResource;
import io.modelplane.testing.PostgresResource;
import io.modelplane.testing.RegistryClient;
import io.modelplane.testing.TestArtifacts;
import io.modelplane.testing.Tokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kubernetes.client.KubernetesServerTestResource;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Monitors over real stored latency, alerts' lifecycle and signed, retried webhook deliveries. */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KeycloakResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KubernetesServerTestResource.class, scope = TestResourceScope.GLOBAL)
class MonitorResourceTest {

  private static final String SECRET = "a-webhook-secret-of-some-length";

  @Inject LatencyRecorder recorder;
  @Inject LatencyFlusher flusher;
  @Inject Notifier notifier;
  @Inject TenantWork tenantWork;
  @Inject DeploymentQueries queries;

  private String model;
  private String name;
  private long id;

  @BeforeEach
  void deployment() {
    model = RegistryClient.uniqueName("mm");
    RegistryClient.createModel(bob(), "acme", model, "classification").then().statusCode(201);
    RegistryClient.register(
            bob(), "acme", model, "{\"engine\":\"xgboost\"}", TestArtifacts.xgboost())
        .then()
        .statusCode(201);
    name = RegistryClient.uniqueName("mon");
    given()
        .auth()
        .oauth2(bob())
        .contentType(ContentType.JSON)
        .body(
            "{\"name\":\"%s\",\"environment\":\"dev\",\"backend\":\"kubernetes\",\"model\":\"%s\",\"version\":1,\"reason\":\"monitoring\"}"
                .formatted(name, model))
        .post("/api/v1/tenants/acme/deployments")
        .then()
        .statusCode(201);
    id = tenantWork.inTransaction("acme", () -> queries.details("acme", name).deployment().id);
  }

  @Test
  void shouldFireSignAndRetryThenResolveALatencyAlert() throws Exception {
    try (WebhookReceiver receiver = new WebhookReceiver(1)) {
      // Given a webhook that fails each first delivery attempt and a p99 > 20 ms monitor
      long webhook =
          given()
              .auth()
              .oauth2(alice())
              .contentType(ContentType.JSON)
              .body("{\"url\":\"%s\",\"secret\":\"%s\"}".formatted(receiver.url(), SECRET))
              .post("/api/v1/tenants/acme/webhooks")
              .then()
              .statusCode(201)
              .body("secret", equalTo(null))
              .extract()
              .jsonPath()
              .getLong("id");
      monitor(
              "{\"name\":\"slow\",\"kind\":\"latency\",\"quantile\":0.99,\"threshold\":20,\"window\":\"PT5M\"}")
          .then()
          .statusCode(201)
          .body("window", equalTo("PT5M"));
      Instant minute = Instant.now().truncatedTo(ChronoUnit.MINUTES).minus(2, ChronoUnit.MINUTES);
      record(minute, 500, 5.0);
      record(minute, 20, 80.0);
      flusher.flush();

      // When it is evaluated
      evaluate("slow").then().statusCode(200).body("state", equalTo("firing"));

      // Then one alert fires with its evidence, and its event arrives signed after one retry
      JsonPath alerts = alerts("firing");
      assertThat(alerts.getList("monitor")).containsExactly("slow");
      assertThat(alerts.getDouble("[0].value")).isGreaterThan(20);
      long alertId = alerts.getLong("[0].id");
      WebhookReceiver.Received firing = awaitDelivery(receiver, alertId, "alert.firing");
      assertThat(firing.signature()).isEqualTo(expectedSignature(firing));
      given()
          .auth()
          .oauth2(Tokens.user("dave"))
          .get("/api/v1/tenants/acme/alerts/{id}", alertId)
          .then()
          .statusCode(200)
          .body("notifications.find { it.webhook == %d }.attempts".formatted(webhook), equalTo(2))
          .body(
              "notifications.find { it.webhook == %d }.lastStatus".formatted(webhook),
              equalTo(204));

      // When the slow requests are outweighed by fast ones, it resolves (and says so)
      record(minute.plusSeconds(60), 20_000, 4.0);
      flusher.flush();
      evaluate("slow").then().statusCode(200).body("state", equalTo("ok"));
      assertThat(alerts("firing").getList("id")).isEmpty();
      assertThat(alerts("resolved").getList("id")).contains((int) alertId);
      awaitDelivery(receiver, alertId, "alert.resolved");
    }
  }

  private WebhookReceiver.Received awaitDelivery(
      WebhookReceiver receiver, long alertId, String event) {
    return await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(200))
        .until(
            () -> {
              notifier.deliverDue();
              return receiver.accepted.stream()
                  .filter(r -> r.body().contains("\"alert\":" + alertId + ","))
                  .filter(r -> r.body().contains("\"event\":\"" + event + "\""))
                  .findFirst()
                  .orElse(null);
            },
            java.util.Objects::nonNull);
  }

  @Test
  void shouldFireOnceForAQuietDeploymentAndReportNoDataForLatency() {
    monitor("{\"name\":\"quiet\",\"kind\":\"no_traffic\",\"window\":\"PT10M\"}")
        .then()
        .statusCode(201);
    monitor("{\"name\":\"errors\",\"kind\":\"error_rate\",\"threshold\":0.05,\"window\":\"PT10M\"}")
        .then()
        .statusCode(201);

    evaluate("quiet").then().statusCode(200).body("state", equalTo("firing"));
    evaluate("quiet").then().statusCode(200).body("state", equalTo("firing"));
    evaluate("errors").then().statusCode(200).body("state", equalTo("no_data"));

    assertThat(alerts("firing").getList("monitor")).containsExactly("quiet");
    given()
        .auth()
        .oauth2(carol())
        .get("/api/v1/tenants/acme/deployments/{d}/monitors", name)
        .then()
        .statusCode(200)
        .body("name", hasItems("quiet", "errors"))
        .body("find { it.name == 'quiet' }.lastState", equalTo("firing"));
  }

  @Test
  void shouldRejectBadMonitorsNamingTheField() {
    monitor("{\"name\":\"x\",\"kind\":\"vibes\",\"window\":\"PT5M\"}")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItems("kind"));
    monitor("{\"name\":\"x\",\"kind\":\"latency\",\"quantile\":0.42,\"window\":\"PT5M\"}")
        .then()
        .statusCode(400)
        .body("errors.field", hasItems("quantile", "threshold"));
    monitor("{\"name\":\"x\",\"kind\":\"no_traffic\",\"window\":\"ten minutes\"}")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("window"));
    monitor("{\"name\":\"x\",\"kind\":\"drift\",\"minColumns\":1,\"window\":\"PT1H\"}")
        .then()
        .statusCode(422)
        .body("errors[0].field", equalTo("kind"));
    monitor("{\"name\":\"dup\",\"kind\":\"no_traffic\",\"window\":\"PT5M\"}")
        .then()
        .statusCode(201);
    monitor("{\"name\":\"dup\",\"kind\":\"no_traffic\",\"window\":\"PT5M\"}")
        .then()
        .statusCode(409);
    given()
        .auth()
        .oauth2(alice())
        .contentType(ContentType.JSON)
        .body("{\"url\":\"ftp://example.com\",\"secret\":\"short\"}")
        .post("/api/v1/tenants/acme/webhooks")
        .then()
        .statusCode(400)
        .body("errors.field", hasItems("url", "secret"));
  }

  @Test
  void shouldRejectADriftMonitorOnAColumnTheBaselineLacks() {
    given()
        .auth()
        .oauth2(bob())
        .contentType("text/csv")
        .body("age,income\n30,1000\n40,2000\n")
        .put("/api/v1/tenants/acme/models/{m}/versions/1/baseline", model)
        .then()
        .statusCode(200);

    monitor(
            "{\"name\":\"d\",\"kind\":\"drift\",\"minColumns\":1,\"columns\":[\"age\",\"height\"],\"window\":\"PT1H\"}")
        .then()
        .statusCode(422)
        .body("errors[0].field", equalTo("columns[1]"));
    monitor(
            "{\"name\":\"d\",\"kind\":\"drift\",\"minColumns\":1,\"columns\":[\"age\"],\"window\":\"PT1H\"}")
        .then()
        .statusCode(201);
  }

  private void record(Instant minute, int count, double millis) {
    for (int i = 0; i < count; i++) {
      recorder.record(new Series("acme", id, 1), minute.plusMillis(i % 60_000), millis, false);
    }
  }

  private Response monitor(String json) {
    return given()
        .auth()
        .oauth2(bob())
        .contentType(ContentType.JSON)
        .body(json)
        .post("/api/v1/tenants/acme/deployments/{d}/monitors", name);
  }

  private Response evaluate(String monitor) {
    return given()
        .auth()
        .oauth2(bob())
        .post("/api/v1/tenants/acme/deployments/{d}/monitors/{m}/evaluate", name, monitor);
  }

  private JsonPath alerts(String state) {
    return given()
        .auth()
        .oauth2(carol())
        .queryParam("deployment", name)
        .queryParam("state", state)
        .get("/api/v1/tenants/acme/alerts")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  private static String expectedSignature(WebhookReceiver.Received r) throws Exception {
    String t = r.signature().substring(2, r.signature().indexOf(','));
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    return "t="
        + t
        + ",v1="
        + HexFormat.of()
            .formatHex(mac.doFinal((t + "." + r.body()).getBytes(StandardCharsets.UTF_8)));
  }

  private static String alice() {
    return Tokens.user("alice");
  }

  private static String bob() {
    return Tokens.user("bob");
  }

  private static String carol() {
    return Tokens.user("carol");
  }
}
