package io.modelplane.drift;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelplane.deployment.persistence.PayloadSample;
import io.modelplane.deployment.service.DeploymentQueries;
import io.modelplane.persistence.TenantWork;
import io.modelplane.testing.RegistryClient;
import io.modelplane.testing.TestArtifacts;
import io.modelplane.testing.Tokens;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A deployment in {@code acme} whose model version has a baseline of four standard-normal features
 * and a categorical {@code city}, and samples made the way the gateway's sampler stores them.
 */
@ApplicationScoped
public class DriftFixture {

  @Inject TenantWork tenantWork;
  @Inject DeploymentQueries queries;
  @Inject EntityManager em;
  @Inject ObjectMapper json;

  /** A deployment (sampling every request) of a fresh model with a baseline; name and id. */
  public record Deployed(String model, String name, long id) {}

  public Deployed deployWithBaseline() {
    String bob = Tokens.user("bob");
    String model = RegistryClient.uniqueName("ds");
    RegistryClient.createModel(bob, "acme", model, "classification").then().statusCode(201);
    RegistryClient.register(bob, "acme", model, "{\"engine\":\"xgboost\"}", TestArtifacts.xgboost())
        .then()
        .statusCode(201);
    String name = RegistryClient.uniqueName("dsd");
    given()
        .auth()
        .oauth2(bob)
        .contentType(ContentType.JSON)
        .body(
            "{\"name\":\"%s\",\"environment\":\"dev\",\"backend\":\"kubernetes\",\"model\":\"%s\",\"version\":1,\"sampling\":1.0,\"reason\":\"drift\"}"
                .formatted(name, model))
        .post("/api/v1/tenants/acme/deployments")
        .then()
        .statusCode(201);
    Random random = new Random(7);
    StringBuilder csv = new StringBuilder("f0,f1,f2,f3,city\n");
    for (int i = 0; i < 2000; i++) {
      csv.append(
          "%.5f,%.5f,%.5f,%.5f,%s\n"
              .formatted(
                  random.nextGaussian(),
                  random.nextGaussian(),
                  random.nextGaussian(),
                  random.nextGaussian(),
                  city(random, 0)));
    }
    given()
        .auth()
        .oauth2(bob)
        .contentType("text/csv")
        .body(csv.toString())
        .put("/api/v1/tenants/acme/models/{m}/versions/1/baseline", model)
        .then()
        .statusCode(200);
    long id = tenantWork.inTransaction("acme", () -> queries.details("acme", name).deployment().id);
    return new Deployed(model, name, id);
  }

  /** Stores {@code count} samples spread over an hour from {@code start}; f0 and city shifted. */
  public List<PayloadSample> storeSamples(
      long deploymentId, Instant start, int count, double shift, long seed) {
    Random random = new Random(seed);
    List<PayloadSample> stored = new ArrayList<>();
    tenantWork.run(
        "acme",
        () -> {
          for (int i = 0; i < count; i++) {
            PayloadSample s = new PayloadSample();
            s.tenant = "acme";
            s.deploymentId = deploymentId;
            s.revision = 1;
            s.sampledAt = start.plusMillis(i * 3_600_000L / count);
            s.status = 200;
            s.latencyMs = 2;
            s.request = json.valueToTree(request(random, shift));
            s.response = json.valueToTree(Map.of("outputs", List.of()));
            em.persist(s);
            stored.add(s);
          }
        });
    return stored;
  }

  /** An OIP v2 request body: the four features as one FP32 tensor and the city by name. */
  public static Map<String, Object> request(Random random, double shift) {
    return Map.of(
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
                    random.nextGaussian() + shift,
                    random.nextGaussian(),
                    random.nextGaussian(),
                    random.nextGaussian())),
            Map.of(
                "name",
                "city",
                "datatype",
                "BYTES",
                "shape",
                List.of(1),
                "data",
                List.of(city(random, shift)))));
  }

  /** Deletes the deployment's stored window profiles: its next answers come from samples. */
  public void forgetProfiles(long deploymentId) {
    tenantWork.run(
        "acme",
        () ->
            em.createNativeQuery("DELETE FROM drift_window WHERE deployment_id = :d")
                .setParameter("d", deploymentId)
                .executeUpdate());
  }

  public long storedRows(long deploymentId, String resolution) {
    return tenantWork.inTransaction(
        "acme",
        () ->
            ((Number)
                    em.createNativeQuery(
                            "SELECT count(*) FROM drift_window WHERE deployment_id = :d"
                                + " AND resolution = :r")
                        .setParameter("d", deploymentId)
                        .setParameter("r", resolution)
                        .getSingleResult())
                .longValue());
  }

  public static JsonPath drift(String deployment, Instant from, Instant to) {
    return given()
        .auth()
        .oauth2(Tokens.user("carol"))
        .queryParam("from", from.toString())
        .queryParam("to", to.toString())
        .get("/api/v1/tenants/acme/deployments/{d}/drift", deployment)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  /** Paris, Lyon, Nice evenly; a shift moves weight to Nice. */
  private static String city(Random random, double shift) {
    double u = random.nextDouble();
    double nice = shift > 0 ? 0.6 : 1.0 / 3;
    return u < nice ? "nice" : u < nice + (1 - nice) / 2 ? "paris" : "lyon";
  }
}
