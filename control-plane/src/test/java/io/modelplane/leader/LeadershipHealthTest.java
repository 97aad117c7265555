package io.modelplane.leader;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.fabric8.kubernetes.api.model.coordination.v1.Lease;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.modelplane.testing.KeycloakResource;
import io.modelplane.testing.PostgresResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kubernetes.client.KubernetesServerTestResource;
import jakarta.inject.Inject;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * What an operator sees of leadership (a Lease, the health entry, the metric) and what a
 * leader-only job sees.
 */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KeycloakResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KubernetesServerTestResource.class, scope = TestResourceScope.GLOBAL)
class LeadershipHealthTest {

  @Inject KubernetesClient kubernetes;
  @Inject Leadership leadership;
  @Inject LeaderOnlyProbe probe;

  @Test
  void shouldLeadAloneThroughTheLeaseAndSaySoInHealth() {
    // Given the only replica, with the Kubernetes backend
    await().atMost(Duration.ofSeconds(20)).until(leadership::isLeader);

    // Then it holds the Lease, and /q/health names it leader
    Lease lease = kubernetes.resources(Lease.class).withName("modelplane-leader").get();
    assertThat(lease.getSpec().getHolderIdentity()).isEqualTo(leadership.identity());
    given()
        .get("/q/health")
        .then()
        .body("checks.find { it.name == 'Leadership' }.status", equalTo("UP"))
        .body("checks.find { it.name == 'Leadership' }.data.leader", equalTo(true))
        .body("checks.find { it.name == 'Leadership' }.data.lock", equalTo("kubernetes-lease"))
        .body(
            "checks.find { it.name == 'Leadership' }.data.identity",
            equalTo(leadership.identity()));
  }

  @Test
  void shouldKeepLeadershipOutOfReadinessAndLiveness() {
    // Then a follower is neither restarted nor taken out of the Service for not leading
    given().get("/q/health/ready").then().body(not(containsString("Leadership")));
    given().get("/q/health/live").then().body(not(containsString("Leadership")));
  }

  @Test
  void shouldExportTheLeaderGauge() {
    await().atMost(Duration.ofSeconds(20)).until(leadership::isLeader);

    given()
        .get("/q/metrics")
        .then()
        .statusCode(200)
        .body(containsString("modelplane_leader{lock=\"kubernetes-lease\"} 1.0"));
  }

  @Test
  void shouldRunLeaderOnlyJobsOnTheLeader() {
    await().atMost(Duration.ofSeconds(20)).until(leadership::isLeader);

    // When the leader calls a leader-only job, it runs; a job with a result is refused outright
    probe.sweep();
    assertThat(probe.runs()).isEqualTo(1);
    assertThatThrownBy(probe::misplaced).isInstanceOf(IllegalStateException.class);
  }
}
