package io.modelplane.drift;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelplane.deployment.persistence.PayloadSample;
import io.modelplane.deployment.service.DeploymentQueries;
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
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Drift of sampled inference requests against the deployed version's baseline, over the API, and
 * drift monitors on it. Samples are stored as the gateway's sampler stores them (OIP v2 bodies).
 */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KeycloakResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KubernetesServerTestResource.class, scope = TestResourceScope.GLOBAL)
class DriftResourceTest {

  private static final Instant HOUR =
      Instant.now().truncatedTo(ChronoUnit.HOURS).minus(5, ChronoUnit.HOURS);

  @Inject TenantWork tenantWork;
  @Inject DeploymentQueries queries;
  @Inject EntityManager em;
  @Inject ObjectMapper json;

  private String model;
  private String name;
  private long id;

  @BeforeEach
  void deploymentWithBaseline() {
    model = RegistryClient.uniqueName("dr");
    RegistryClient.createModel(bob(), "acme", model, "classification").then().statusCode(201);
    RegistryClient.register(
            bob(), "acme", model, "{\"engine\":\"xgboost\"}", TestArtifacts.xgboost())
        .then()
        .statusCode(201);
    name = RegistryClient.uniqueName("drd");
    given()
        .auth()
        .oauth2(bob())
        .contentType(ContentType.JSON)
        .body(
            "{\"name\":\"%s\",\"environment\":\"dev\",\"backend\":\"kubernetes\",\"model\":\"%s\",\"version\":1,\"reason\":\"drift\"}"
                .formatted(name, model))
        .post("/api/v1/tenants/acme/deployments")
        .then()
        .statusCode(201);
    id = tenantWork.inTransaction("acme", () -> queries.details("acme", name).deployment().id);
  }

  @Test
  void shouldFindTheShiftedColumnAndOnlyIt() {
    // Given a baseline of four standard-normal features
    attachBaseline();
    // and an hour of requests like it followed by an hour where f0 moved by one standard deviation
    storeSamples(HOUR, 2000, 0.0, 11);
    storeSamples(HOUR.plusSeconds(3600), 2000, 1.0, 12);

    // When each hour's drift is asked for
    JsonPath same = drift(HOUR, HOUR.plusSeconds(3600));
    JsonPath shifted = drift(HOUR.plusSeconds(3600), HOUR.plusSeconds(7200));

    // Then the first shows none, the second exactly f0, with histograms to draw
    assertThat(same.getBoolean("noData")).isFalse();
    assertThat(same.getLong("samples")).isEqualTo(2000);
    assertThat(same.getList("columns.findAll { it.drifted }.column")).isEmpty();
    assertThat(shifted.getList("columns.findAll { it.drifted }.column")).containsExactly("f0");
    assertThat(shifted.getDouble("columns.find { it.column == 'f0' }.value"))
        .isGreaterThan(shifted.getDouble("columns.find { it.column == 'f0' }.threshold"));
    assertThat(shifted.getList("columns.find { it.column == 'f0' }.baselineHistogram.fractions"))
        .hasSizeGreaterThan(2);
    assertThat(shifted.getInt("driftedColumns")).isEqualTo(1);
    assertThat(shifted.getBoolean("datasetDrift")).isFalse();
  }

  @Test
  void shouldSayNoDataForAWindowWithoutSamples() {
    attachBaseline();

    given()
        .auth()
        .oauth2(carol())
        .queryParam("from", HOUR.minusSeconds(86_400).toString())
        .queryParam("to", HOUR.minusSeconds(3600).toString())
        .get("/api/v1/tenants/acme/deployments/{d}/drift", name)
        .then()
        .statusCode(200)
        .body("noData", equalTo(true))
        .body("samples", equalTo(0));
  }

  @Test
  void shouldRefuseDriftWithoutABaselineOrWithABadThreshold() {
    given()
        .auth()
        .oauth2(carol())
        .get("/api/v1/tenants/acme/deployments/{d}/drift", name)
        .then()
        .statusCode(422)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("deployment"));
    attachBaseline();
    given()
        .auth()
        .oauth2(carol())
        .queryParam("threshold", -1)
        .get("/api/v1/tenants/acme/deployments/{d}/drift", name)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("threshold"));
  }

  @Test
  void shouldFireADriftMonitorOnDriftedTraffic() {
    // Given a drift monitor over the last two hours and shifted traffic in them
    attachBaseline();
    Instant recent = Instant.now().minus(90, ChronoUnit.MINUTES);
    storeSamples(recent, 2000, 1.5, 13);
    given()
        .auth()
        .oauth2(bob())
        .contentType(ContentType.JSON)
        .body("{\"name\":\"inputs\",\"kind\":\"drift\",\"minColumns\":1,\"window\":\"PT2H\"}")
        .post("/api/v1/tenants/acme/deployments/{d}/monitors", name)
        .then()
        .statusCode(201);

    // When it is evaluated, then it fires with the count as evidence
    given()
        .auth()
        .oauth2(bob())
        .post("/api/v1/tenants/acme/deployments/{d}/monitors/inputs/evaluate", name)
        .then()
        .statusCode(200)
        .body("state", equalTo("firing"))
        .body("value", equalTo(1.0f));
  }

  private void attachBaseline() {
    Random random = new Random(7);
    StringBuilder csv = new StringBuilder("f0,f1,f2,f3\n");
    for (int i = 0; i < 2000; i++) {
      csv.append(
          "%.5f,%.5f,%.5f,%.5f\n"
              .formatted(
                  random.nextGaussian(),
                  random.nextGaussian(),
                  random.nextGaussian(),
                  random.nextGaussian()));
    }
    given()
        .auth()
        .oauth2(bob())
        .contentType("text/csv")
        .body(csv.toString())
        .put("/api/v1/tenants/acme/models/{m}/versions/1/baseline", model)
        .then()
        .statusCode(200);
  }

  private void storeSamples(Instant start, int count, double shift, long seed) {
    Random random = new Random(seed);
    tenantWork.run(
        "acme",
        () -> {
          for (int i = 0; i < count; i++) {
            PayloadSample s = new PayloadSample();
            s.tenant = "acme";
            s.deploymentId = id;
            s.revision = 1;
            s.sampledAt = start.plusSeconds(i * 3600L / count);
            s.status = 200;
            s.latencyMs = 2;
            s.request =
                json.valueToTree(
                    java.util.Map.of(
                        "inputs",
                        java.util.List.of(
                            java.util.Map.of(
                                "name",
                                "input",
                                "datatype",
                                "FP32",
                                "shape",
                                java.util.List.of(1, 4),
                                "data",
                                java.util.List.of(
                                    random.nextGaussian() + shift,
                                    random.nextGaussian(),
                                    random.nextGaussian(),
                                    random.nextGaussian())))));
            s.response = json.valueToTree(java.util.Map.of("outputs", java.util.List.of()));
            em.persist(s);
          }
        });
  }

  private JsonPath drift(Instant from, Instant to) {
    return given()
        .auth()
        .oauth2(carol())
        .queryParam("from", from.toString())
        .queryParam("to", to.toString())
        .get("/api/v1/tenants/acme/deployments/{d}/drift", name)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  private static String bob() {
    return Tokens.user("bob");
  }

  private static String carol() {
    return Tokens.user("carol");
  }
}
