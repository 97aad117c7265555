package io.modelplane.system;

import static io.modelplane.system.ScaleOutCluster.TENANT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.response.Response;
import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two packaged control planes over one PostgreSQL, one Keycloak and one Kubernetes API (fabric8's
 * mock server in CRUD mode, reached over a real port): one leads through a Lease, both serve the
 * API, the cluster gets each runner set once whichever replica was asked, idempotency keys and
 * ETags hold across replicas, and when the leader is killed the other takes the Lease over and
 * reconciles what changes next. Runs after {@code package}; the failover is the last test.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ScaleOutSystemTest {

  private static final String REVISION = "modelplane.io/revision";

  private static ScaleOutCluster cluster;
  private static ControlPlaneReplica a;
  private static ControlPlaneReplica b;
  private static String model;

  @BeforeAll
  static void startSharedServicesAndTwoReplicas() throws IOException {
    cluster = ScaleOutCluster.start();
    a = cluster.a;
    b = cluster.b;
    reportMemory(a);
    model = cluster.registerModel();
  }

  @AfterAll
  static void stopAll() throws IOException {
    if (cluster != null) {
      cluster.close();
    }
  }

  @Test
  @Order(1)
  void shouldElectExactlyOneLeaderHoldingTheLease() {
    // When both replicas have settled
    await().atMost(Duration.ofSeconds(30)).until(() -> a.leads() != b.leads());

    // Then exactly one leads, both health checks and metrics say so, and it holds the Lease
    ControlPlaneReplica leader = cluster.leader();
    ControlPlaneReplica follower = cluster.follower();
    assertThat(follower.leadership())
        .containsEntry("leader", false)
        .containsEntry("lock", "kubernetes-lease")
        .containsEntry("leaderIdentity", leader.identity());
    assertThat(leader.metrics()).contains("modelplane_leader{lock=\"kubernetes-lease\"} 1.0");
    assertThat(follower.metrics()).contains("modelplane_leader{lock=\"kubernetes-lease\"} 0.0");
    assertThat(cluster.lease().getSpec().getHolderIdentity()).isEqualTo(leader.identity());
  }

  @Test
  @Order(2)
  void shouldRunEachRunnerSetOnceWhicheverReplicaWasAsked() {
    String token = cluster.token("bob");
    String viaLeader = "via-leader";
    String viaFollower = "via-follower";

    // When one deployment is created through the leader and one through the follower
    create(cluster.leader(), token, viaLeader, null).then().statusCode(201);
    create(cluster.follower(), token, viaFollower, null).then().statusCode(201);

    // Then each has exactly one Deployment and one Service in the cluster, well before a resync,
    // and both replicas report the same observed status from the database
    for (String name : List.of(viaLeader, viaFollower)) {
      await()
          .atMost(Duration.ofSeconds(20))
          .untilAsserted(
              () -> {
                assertThat(cluster.runnerDeployments(name)).hasSize(1);
                assertThat(cluster.runnerServices(name)).hasSize(1);
              });
      await()
          .atMost(Duration.ofSeconds(20))
          .untilAsserted(
              () -> {
                Map<String, Object> statusA = status(a, token, name);
                assertThat(statusA).containsEntry("observedRevision", 1);
                assertThat(status(b, token, name)).isEqualTo(statusA);
                assertOneDeploymentAndServicePerRunnerSet(a, token, name);
              });
    }
  }

  @Test
  @Order(3)
  void shouldCreateOnceForAKeyRepeatedOnTheOtherReplica() {
    String token = cluster.token("bob");
    String key = UUID.randomUUID().toString();

    // When the same keyed POST goes to one replica and then to the other
    Response first = create(a, token, "keyed", key);
    Response retry = create(b, token, "keyed", key);

    // Then the second answer is the first one replayed, and one deployment with one revision exists
    first.then().statusCode(201);
    retry.then().statusCode(201).header("Idempotent-Replayed", "true");
    assertThat(retry.jsonPath().getMap("")).isEqualTo(first.jsonPath().getMap(""));
    b.api(token)
        .get("/api/v1/tenants/{t}/deployments/keyed/revisions", TENANT)
        .then()
        .statusCode(200)
        .body("items.size()", equalTo(1));
    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(() -> assertThat(cluster.runnerDeployments("keyed")).hasSize(1));
  }

  @Test
  @Order(4)
  void shouldRefuseAStaleIfMatchOnTheOtherReplica() {
    String token = cluster.token("bob");
    create(a, token, "guarded", null).then().statusCode(201);
    String etag =
        a.api(token)
            .get("/api/v1/tenants/{t}/deployments/guarded", TENANT)
            .then()
            .extract()
            .header("ETag");

    // Given a change through replica A after the ETag was read
    patch(a, token, "guarded", "{\"env\":{\"MODE\":\"a\"},\"reason\":\"first\"}", null)
        .then()
        .statusCode(200);

    // When replica B is asked to change it under the old ETag
    Response stale =
        patch(b, token, "guarded", "{\"env\":{\"MODE\":\"b\"},\"reason\":\"second\"}", etag);

    // Then it refuses with 412 and the first change stands
    stale.then().statusCode(412).contentType("application/problem+json");
    b.api(token)
        .get("/api/v1/tenants/{t}/deployments/guarded", TENANT)
        .then()
        .body("currentRevision", equalTo(2))
        .body("spec.env.MODE", equalTo("a"));
  }

  @Test
  @Order(5)
  void shouldFailOverToTheOtherReplicaWhenTheLeaderDies() {
    String token = cluster.token("bob");
    ControlPlaneReplica dead = cluster.leader();
    ControlPlaneReplica survivor = cluster.follower();
    String deadIdentity = dead.identity();

    // When the leader is killed outright (no lease release)
    long killedAt = System.nanoTime();
    dead.kill();

    // Then the survivor leads and holds the Lease
    await().atMost(Duration.ofSeconds(30)).until(survivor::leads);
    long failoverMillis = (System.nanoTime() - killedAt) / 1_000_000;
    System.out.printf(
        "scale-out: leader failover took %d ms (lease duration 3s, retry period 500ms)%n",
        failoverMillis);
    assertThat(cluster.lease().getSpec().getHolderIdentity())
        .isEqualTo(survivor.identity())
        .isNotEqualTo(deadIdentity);

    // And it reconciles a change made after the failover: the new revision's runner set
    patch(
            survivor,
            token,
            "via-leader",
            "{\"replicas\":{\"min\":3,\"max\":3},\"reason\":\"scale\"}",
            null)
        .then()
        .statusCode(200);
    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () ->
                assertThat(cluster.runnerDeployments("via-leader"))
                    .filteredOn(d -> "2".equals(d.getMetadata().getLabels().get(REVISION)))
                    .singleElement()
                    .satisfies(d -> assertThat(d.getSpec().getReplicas()).isEqualTo(3)));

    // And the cluster still holds exactly one Deployment and one Service per runner set
    for (String name : List.of("via-leader", "via-follower", "keyed", "guarded")) {
      await()
          .atMost(Duration.ofSeconds(20))
          .untilAsserted(() -> assertOneDeploymentAndServicePerRunnerSet(survivor, token, name));
    }
  }

  @Test
  @Order(4)
  void shouldRouteInferenceOnTheFollowerToo() {
    String token = cluster.token("bob");

    // Given a deployment the leader applied, with no runner pod yet: nothing to route to
    create(cluster.leader(), token, "routed", null).then().statusCode(201);
    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(() -> assertThat(cluster.runnerDeployments("routed")).hasSize(1));
    infer(cluster.follower(), token, "routed").then().statusCode(503);

    // When a Ready runner pod appears in the cluster (at an address nothing listens on)
    cluster.addReadyPod(cluster.runnerDeployments("routed").getFirst(), "127.0.0.3");

    // Then the follower routes to it as the leader does: forwarded, and failing at the replica
    // (502), no longer refused for want of a replica (503)
    await()
        .atMost(Duration.ofSeconds(40))
        .untilAsserted(() -> infer(cluster.follower(), token, "routed").then().statusCode(502));
    infer(cluster.leader(), token, "routed").then().statusCode(502);
  }

  private static Response infer(ControlPlaneReplica replica, String token, String name) {
    return replica
        .api(token)
        .body(
            "{\"inputs\":[{\"name\":\"input\",\"shape\":[1,4],\"datatype\":\"FP32\",\"data\":[1,2,3,4]}]}")
        .post("/api/v1/tenants/{t}/deployments/{d}/infer", TENANT, name);
  }

  /** Names are unique in a namespace, so a duplicate would be a set the status does not know. */
  private static void assertOneDeploymentAndServicePerRunnerSet(
      ControlPlaneReplica replica, String token, String name) {
    List<String> expected =
        replica
            .api(token)
            .get("/api/v1/tenants/{t}/deployments/{d}", TENANT, name)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .<String>getList("runnerSets.key")
            .stream()
            .map(key -> name + "-" + key)
            .toList();
    assertThat(expected).isNotEmpty();
    assertThat(cluster.runnerDeployments(name))
        .extracting(d -> d.getMetadata().getName())
        .containsExactlyInAnyOrderElementsOf(expected);
    assertThat(cluster.runnerServices(name))
        .extracting(svc -> svc.getMetadata().getName())
        .containsExactlyInAnyOrderElementsOf(expected);
  }

  private static Response create(
      ControlPlaneReplica replica, String token, String name, String idempotencyKey) {
    var request =
        replica
            .api(token)
            .body(
                ("{\"name\":\"%s\",\"environment\":\"prod\",\"backend\":\"kubernetes\","
                        + "\"model\":\"%s\",\"version\":1,\"replicas\":{\"min\":1,\"max\":1},"
                        + "\"reason\":\"launch\"}")
                    .formatted(name, model));
    if (idempotencyKey != null) {
      request.header("Idempotency-Key", idempotencyKey);
    }
    return request.post("/api/v1/tenants/{t}/deployments", TENANT);
  }

  private static Response patch(
      ControlPlaneReplica replica, String token, String name, String body, String ifMatch) {
    var request = replica.api(token).body(body);
    if (ifMatch != null) {
      request.header("If-Match", ifMatch);
    }
    return request.patch("/api/v1/tenants/{t}/deployments/{d}", TENANT, name);
  }

  /** What the reconciler wrote: the same rows, whichever replica reads them. */
  private static Map<String, Object> status(
      ControlPlaneReplica replica, String token, String name) {
    var json =
        replica
            .api(token)
            .get("/api/v1/tenants/{t}/deployments/{d}", TENANT, name)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    Map<String, Object> status = new HashMap<>();
    status.put("observedRevision", json.get("observedRevision"));
    status.put("conditions", json.get("conditions"));
    status.put("runnerSets", json.get("runnerSets"));
    status.put("traffic", json.get("traffic"));
    return status;
  }

  /** Figures for the operations guide's sizing, printed rather than asserted. */
  private static void reportMemory(ControlPlaneReplica replica) throws IOException {
    System.out.printf(
        "scale-out: idle control plane %s: RSS %d MiB, heap used %d MiB%n",
        replica.name, replica.residentBytes() >> 20, replica.heapUsedBytes() >> 20);
  }
}
