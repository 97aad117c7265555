package io.modelplane.modelcard;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelplane.deployment.persistence.PayloadSample;
import io.modelplane.deployment.service.DeploymentQueries;
import io.modelplane.latency.service.LatencyFlusher;
import io.modelplane.latency.service.LatencyRecorder;
import io.modelplane.latency.service.LatencyRecorder.Series;
import io.modelplane.persistence.TenantWork;
import io.modelplane.testing.RegistryClient;
import io.modelplane.testing.TestArtifacts;
import io.modelplane.testing.Tokens;
import io.quarkus.arc.Arc;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A version with everything a card shows, made through the public API as CI and a team would:
 * registered with metrics, parameters and lineage, moved to staging, aliased, given a baseline,
 * deployed (Kubernetes mock server), served (latency as the gateway records it), sampled with f0
 * shifted (drift), and watched by a no-traffic monitor that fires.
 */
public final class CardFixture {

  public static final String COMMIT = "3f2c1ab9d0e4";
  public static final String REPO = "https://git.example.com/ml/churn";
  public static final String DATA_DIGEST = "sha256:5d41402abc4b2a76";
  public static final int REQUESTS = 300;

  public final String model = RegistryClient.uniqueName("card");
  public final String deployment = RegistryClient.uniqueName("cardd");
  public String sha256;

  public static CardFixture create() {
    CardFixture f = new CardFixture();
    f.register();
    f.govern();
    f.baseline();
    f.deployAndServe();
    return f;
  }

  private void register() {
    api()
        .body(
            """
            {"name":"%s","task":"classification","description":"Churn scores for retention",
             "tags":{"team":"retention","intended-use":"Rank customers by churn risk for outreach",
             "limitations":"Not for credit decisions"},"owner":"retention-team"}"""
                .formatted(model))
        .post("/api/v1/tenants/acme/models")
        .then()
        .statusCode(201);
    String metadata =
        """
        {"engine":"xgboost","description":"May retrain","metrics":{"auc":0.931,"logloss":0.214},
         "parameters":{"max_depth":"6"},"lineage":{"sourceRepo":"%s","sourceCommit":"%s",
         "pipelineRunUrl":"https://ci.example.com/runs/42","trainingDataUri":"s3://data/churn/2024-05.csv",
         "trainingDataDigest":"%s"}}"""
            .formatted(REPO, COMMIT, DATA_DIGEST);
    sha256 =
        RegistryClient.register(bob(), "acme", model, metadata, TestArtifacts.xgboost())
            .then()
            .statusCode(201)
            .extract()
            .path("artifact.sha256");
  }

  private void govern() {
    api()
        .body("{\"targetStage\":\"staging\",\"reason\":\"offline eval passed\"}")
        .post("/api/v1/tenants/acme/models/{m}/versions/1/stage-requests", model)
        .then()
        .statusCode(201);
    api()
        .body("{\"version\":1,\"reason\":\"best auc\"}")
        .put("/api/v1/tenants/acme/models/{m}/aliases/champion", model)
        .then()
        .statusCode(200);
  }

  /** Baseline rows; the sampled requests repeat them with f0 moved, so only f0 can drift. */
  private static double[][] rows() {
    Random random = new Random(5);
    double[][] rows = new double[1000][4];
    for (double[] row : rows) {
      for (int c = 0; c < 4; c++) {
        row[c] = Math.round(random.nextGaussian() * 10_000) / 10_000.0;
      }
    }
    return rows;
  }

  private void baseline() {
    StringBuilder csv = new StringBuilder("f0,f1,f2,f3\n");
    for (double[] row : rows()) {
      csv.append("%s,%s,%s,%s\n".formatted(row[0], row[1], row[2], row[3]));
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

  private void deployAndServe() {
    api()
        .body(
            "{\"name\":\"%s\",\"environment\":\"prod\",\"backend\":\"kubernetes\",\"model\":\"%s\",\"version\":1,\"reason\":\"launch\"}"
                .formatted(deployment, model))
        .post("/api/v1/tenants/acme/deployments")
        .then()
        .statusCode(201);
    TenantWork work = Arc.container().instance(TenantWork.class).get();
    DeploymentQueries queries = Arc.container().instance(DeploymentQueries.class).get();
    long id = work.inTransaction("acme", () -> queries.details("acme", deployment).deployment().id);
    Instant minute = Instant.now().truncatedTo(ChronoUnit.MINUTES).minus(5, ChronoUnit.MINUTES);
    LatencyRecorder recorder = Arc.container().instance(LatencyRecorder.class).get();
    for (int i = 0; i < REQUESTS; i++) {
      recorder.record(new Series("acme", id, 1), minute.plusSeconds(i % 120), 3 + i % 7, false);
    }
    Arc.container().instance(LatencyFlusher.class).get().flush();
    storeShiftedSamples(work, id, minute);
    api()
        .body("{\"name\":\"quiet\",\"kind\":\"no_traffic\",\"window\":\"PT1M\"}")
        .post("/api/v1/tenants/acme/deployments/{d}/monitors", deployment)
        .then()
        .statusCode(201);
    api()
        .post("/api/v1/tenants/acme/deployments/{d}/monitors/quiet/evaluate", deployment)
        .then()
        .statusCode(200);
  }

  private static void storeShiftedSamples(TenantWork work, long id, Instant start) {
    EntityManager em = Arc.container().instance(EntityManager.class).get();
    ObjectMapper json = Arc.container().instance(ObjectMapper.class).get();
    double[][] rows = rows();
    work.run(
        "acme",
        () -> {
          for (int i = 0; i < 800; i++) {
            PayloadSample s = new PayloadSample();
            s.tenant = "acme";
            s.deploymentId = id;
            s.revision = 1;
            s.sampledAt = start.plusMillis(i * 100L);
            s.status = 200;
            s.latencyMs = 3;
            List<Double> row = List.of(rows[i][0] + 2, rows[i][1], rows[i][2], rows[i][3]);
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
                                row))));
            s.response = json.valueToTree(Map.of("outputs", List.of()));
            em.persist(s);
          }
        });
  }

  private static RequestSpecification api() {
    return given().auth().oauth2(bob()).contentType(ContentType.JSON);
  }

  private static String bob() {
    return Tokens.user("bob");
  }
}
