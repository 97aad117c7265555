package io.modelplane.privacy;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.modelplane.deployment.persistence.DeploymentRepository;
import io.modelplane.gateway.Gateway;
import io.modelplane.gateway.PayloadSampler;
import io.modelplane.gateway.Route;
import io.modelplane.persistence.TenantWork;
import io.modelplane.testing.RegistryClient;
import io.modelplane.testing.TestArtifacts;
import io.restassured.http.ContentType;
import io.vertx.core.buffer.Buffer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;

/**
 * Payload samples made the way the gateway makes them: a real deployment (Kubernetes backend on the
 * mock API server), and {@link PayloadSampler#offer} with the route and answer the gateway would
 * pass, so they go through the sampler's background writer and its redaction.
 */
@ApplicationScoped
public class SampleFixture {

  @Inject PayloadSampler sampler;
  @Inject TenantWork tenantWork;
  @Inject DeploymentRepository deployments;
  @Inject EntityManager em;

  /** A deployment of a fresh model in the tenant, created by {@code token}'s user; its name. */
  public String deployment(String token, String tenant) {
    String model = RegistryClient.uniqueName("pm");
    RegistryClient.createModel(token, tenant, model, "classification").then().statusCode(201);
    RegistryClient.register(
            token, tenant, model, "{\"engine\":\"xgboost\"}", TestArtifacts.xgboost())
        .then()
        .statusCode(201);
    String name = RegistryClient.uniqueName("pd");
    given()
        .auth()
        .oauth2(token)
        .contentType(ContentType.JSON)
        .body(
            "{\"name\":\"%s\",\"environment\":\"dev\",\"backend\":\"kubernetes\",\"model\":\"%s\",\"version\":1,\"sampling\":1.0,\"reason\":\"privacy test\"}"
                .formatted(name, model))
        .post("/api/v1/tenants/{t}/deployments", tenant)
        .then()
        .statusCode(201);
    return name;
  }

  /** Offers one request/answer pair to the sampler as the gateway does after an inference. */
  public void offer(String tenant, String deployment, String request, String response) {
    long id = tenantWork.inTransaction(tenant, () -> deployments.get(tenant, deployment).id);
    Route route = new Route(id, tenant, deployment, 1.0, List.of());
    Gateway.Answer answer = new Gateway.Answer(200, Buffer.buffer(response), 1, "replica-0");
    sampler.offer(route, answer, Buffer.buffer(request), -1, 1_500_000);
  }

  /**
   * The stored request and response (JSON text) of the tenant's samples containing {@code marker}.
   */
  public List<Object[]> stored(String tenant, String marker) {
    return tenantWork.inTransaction(
        tenant,
        () -> {
          @SuppressWarnings("unchecked")
          List<Object[]> rows =
              em.createNativeQuery(
                      "SELECT CAST(request AS text), CAST(response AS text) FROM payload_sample"
                          + " WHERE tenant = :t AND strpos(CAST(request AS text), :m) > 0")
                  .setParameter("t", tenant)
                  .setParameter("m", marker)
                  .getResultList();
          return rows;
        });
  }

  /** Waits for the background writer to store the sample with {@code marker}; returns it. */
  public Object[] awaitStored(String tenant, String marker) {
    await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(100))
        .until(() -> stored(tenant, marker).size() == 1);
    return stored(tenant, marker).getFirst();
  }

  /** An OIP request carrying {@code text} as a BYTES input, tagged with {@code marker}. */
  public static String request(String marker, String text) {
    return "{\"id\":\"%s\",\"inputs\":[{\"name\":\"text\",\"datatype\":\"BYTES\",\"shape\":[1],\"data\":[\"%s\"]}]}"
        .formatted(marker, text);
  }

  public static String response(String text) {
    return "{\"model_name\":\"m\",\"outputs\":[{\"name\":\"label\",\"datatype\":\"BYTES\",\"shape\":[1],\"data\":[\"%s\"]}]}"
        .formatted(text);
  }

  /** Letters only, so no detector ever takes a marker for personal data. */
  public static String marker() {
    StringBuilder b = new StringBuilder("mk");
    java.util.concurrent.ThreadLocalRandom r = java.util.concurrent.ThreadLocalRandom.current();
    for (int i = 0; i < 16; i++) {
      b.append((char) ('a' + r.nextInt(26)));
    }
    return b.toString();
  }
}
