package io.modelplane.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Page;
import io.modelplane.deployment.persistence.PayloadSample;
import io.modelplane.deployment.service.DeploymentQueries;
import io.modelplane.drift.service.DriftFlusher;
import io.modelplane.drift.service.DriftIngest;
import io.modelplane.latency.service.LatencyFlusher;
import io.modelplane.latency.service.LatencyRecorder;
import io.modelplane.latency.service.LatencyRecorder.Series;
import io.modelplane.persistence.TenantWork;
import io.modelplane.testing.Browser;
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
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The monitoring page in a real browser: latency chart, drift table with histograms, the drift
 * heatmap over time (from profiles stored at ingest), alerts.
 */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KeycloakResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KubernetesServerTestResource.class, scope = TestResourceScope.GLOBAL)
class MonitoringPagesIT {

  private static Browser browser;

  @Inject LatencyRecorder recorder;
  @Inject LatencyFlusher flusher;
  @Inject DriftIngest driftIngest;
  @Inject DriftFlusher driftFlusher;
  @Inject TenantWork tenantWork;
  @Inject DeploymentQueries queries;
  @Inject EntityManager em;
  @Inject ObjectMapper json;

  private Page page;
  private String deployment;

  @BeforeAll
  static void launchBrowser() {
    browser = new Browser();
  }

  @AfterAll
  static void closeBrowser() {
    browser.close();
  }

  @AfterEach
  void closePage() {
    page.context().close();
  }

  @BeforeEach
  void servedAndDriftedDeployment() {
    page = browser.newPage();
    String model = RegistryClient.uniqueName("um");
    RegistryClient.createModel(bob(), "acme", model, "classification").then().statusCode(201);
    RegistryClient.register(
            bob(), "acme", model, "{\"engine\":\"xgboost\"}", TestArtifacts.xgboost())
        .then()
        .statusCode(201);
    StringBuilder csv = new StringBuilder("f0,f1,f2,f3\n");
    Random random = new Random(3);
    for (int i = 0; i < 2000; i++) {
      csv.append(
          "%.4f,%.4f,%.4f,%.4f\n"
              .formatted(
                  random.nextGaussian(),
                  random.nextGaussian(),
                  random.nextGaussian(),
                  random.nextGaussian()));
    }
    api()
        .contentType("text/csv")
        .body(csv.toString())
        .put("/api/v1/tenants/acme/models/{m}/versions/1/baseline", model)
        .then()
        .statusCode(200);
    deployment = RegistryClient.uniqueName("ui");
    api()
        .body(
            "{\"name\":\"%s\",\"environment\":\"prod\",\"backend\":\"kubernetes\",\"model\":\"%s\",\"version\":1,\"reason\":\"launch\"}"
                .formatted(deployment, model))
        .post("/api/v1/tenants/acme/deployments")
        .then()
        .statusCode(201);
    long id =
        tenantWork.inTransaction("acme", () -> queries.details("acme", deployment).deployment().id);
    Instant minute = Instant.now().truncatedTo(ChronoUnit.MINUTES).minus(3, ChronoUnit.MINUTES);
    for (int i = 0; i < 300; i++) {
      recorder.record(
          new Series("acme", id, 1), minute.plusSeconds(i % 120), 3 + i % 7, i % 50 == 0);
    }
    flusher.flush();
    List<PayloadSample> samples = new java.util.ArrayList<>();
    tenantWork.run(
        "acme",
        () -> {
          for (int i = 0; i < 1500; i++) {
            PayloadSample s = new PayloadSample();
            s.tenant = "acme";
            s.deploymentId = id;
            s.revision = 1;
            s.sampledAt = minute.plusMillis(i * 40L);
            s.status = 200;
            s.latencyMs = 3;
            s.request =
                json.valueToTree(
                    Map.of(
                        "inputs",
                        List.of(
                            Map.of(
                                "name",
                                "input",
                                "datatype",
                                "FP32",
                                "shape",
                                List.of(1, 4),
                                "data",
                                List.of(
                                    random.nextGaussian() + 2,
                                    random.nextGaussian(),
                                    random.nextGaussian(),
                                    random.nextGaussian())))));
            em.persist(s);
            samples.add(s);
          }
        });
    driftIngest.stored("acme", samples);
    driftFlusher.flushAll();
    api()
        .body("{\"name\":\"quiet\",\"kind\":\"no_traffic\",\"window\":\"PT1M\"}")
        .post("/api/v1/tenants/acme/deployments/{d}/monitors", deployment)
        .then()
        .statusCode(201);
    given()
        .auth()
        .oauth2(bob())
        .post("/api/v1/tenants/acme/deployments/{d}/monitors/quiet/evaluate", deployment)
        .then()
        .statusCode(200);
  }

  @Test
  void shouldShowLatencyDriftAndAlertsToAViewer() {
    // When carol (viewer) goes from the deployment page to its monitoring page
    Browser.signIn(page, "/ui/t/acme/deployments/" + deployment, "carol");
    page.locator("#monitoring-link").click();

    // Then she sees the latency chart and table, the drifted column and the monitor's alert
    assertThat(page.locator("h1")).containsText(deployment);
    assertThat(page.locator("#latency-chart polyline.series")).hasCount(2);
    assertThat(page.locator("#latency tbody tr").first()).containsText("300");
    assertThat(page.locator("#drift-verdict")).containsText("1 of 4 columns drifted");
    assertThat(page.locator("#drift tr.drifted")).hasCount(1);
    assertThat(page.locator("#drift tr.drifted")).containsText("f0");
    assertThat(page.locator("#drift tr.drifted .histogram .bin").first()).isVisible();
    // and drift over the hour: 4 columns × 12 five-minute steps, f0 drifted in the sampled one
    assertThat(page.locator("#drift-heatmap rect.cell")).hasCount(48);
    assertThat(page.locator("#drift-heatmap rect.drifted")).hasCount(1);
    assertThat(page.locator("#drift-heatmap rect.drifted title")).containsText("f0");
    assertThat(page.locator("#monitors")).containsText("quiet");
    assertThat(page.locator("#alerts tbody tr").first()).containsText("firing");
  }

  private static io.restassured.specification.RequestSpecification api() {
    return given().auth().oauth2(bob()).contentType(ContentType.JSON);
  }

  private static String bob() {
    return Tokens.user("bob");
  }
}
