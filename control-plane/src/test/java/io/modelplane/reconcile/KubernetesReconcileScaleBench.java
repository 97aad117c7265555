package io.modelplane.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.micrometer.core.instrument.MeterRegistry;
import io.modelplane.leader.Leadership;
import io.modelplane.testing.KeycloakResource;
import io.modelplane.testing.PostgresResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kubernetes.client.KubernetesServer;
import io.quarkus.test.kubernetes.client.KubernetesServerTestResource;
import io.quarkus.test.kubernetes.client.KubernetesTestServer;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * How long the real reconcile path takes to converge 1,000 deployments (50 tenants x 20, one runner
 * set of 2 replicas each, as {@code KubernetesScaleBench} applies them to the backend directly):
 * desired state in PostgreSQL → the leader's reconciler → fabric8's CRUD mock API server. Target:
 * within 60 s.
 *
 * <p>Setup, timed on its own, goes through the REST API: a platform admin creates the tenants, one
 * CI user (engineer in all of them) registers an XGBoost version per tenant and POSTs every
 * deployment. During setup the application is a follower ({@link LeaseHold}: the bench holds the
 * leader Lease), so nothing is applied. The clock starts when the bench releases the Lease: the
 * application's elector takes it (within its 2 s retry period), the new leader resyncs and its
 * reconciler works through all 1,000 deployments, as after a failover.
 *
 * <p>Converged (see {@link ScaleObservation#CONVERGED}): the status the API serves says the current
 * revision was observed and applied without error, polled every 250 ms in the database; then the
 * API itself is asked, and the mock must hold every object: per tenant a Namespace and a
 * ResourceQuota, per deployment a Deployment, a Service and a PodDisruptionBudget. Then single
 * changes: a PATCH (new revision with 3 replicas, a new runner set) of one deployment at a time,
 * until that deployment has converged again: first once the reconciler has been idle for a second
 * (the leader's own 30 s resync may still start during one), then each right after a full resync
 * (as the leader runs every 30 s) has queued all deployments, on one the resync queues last.
 *
 * <p>Not a test (needs {@code -Dbench=true}):
 *
 * <pre>
 * ./mvnw -B -o -pl control-plane -am verify -Dtest=KubernetesReconcileScaleBench -Dbench=true \
 *     -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=NONE -Dfailsafe.failIfNoSpecifiedTests=false
 * </pre>
 *
 * Options: {@code -Dbench.tenants=50 -Dbench.perTenant=20 -Dbench.clients=4 -Dbench.patches=5}.
 */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KeycloakResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KubernetesServerTestResource.class, scope = TestResourceScope.GLOBAL)
@EnabledIfSystemProperty(named = "bench", matches = "true")
class KubernetesReconcileScaleBench {

  private static final int TENANTS = Integer.getInteger("bench.tenants", 50);
  private static final int PER_TENANT = Integer.getInteger("bench.perTenant", 20);
  private static final int CLIENTS = Integer.getInteger("bench.clients", 4);
  private static final int PATCHES = Integer.getInteger("bench.patches", 5);
  private static final Duration PATIENCE = Duration.ofMinutes(10);

  /** The mock logs every request at INFO; the bench sends tens of thousands. */
  private static final Logger MOCK_LOG = Logger.getLogger("io.fabric8.mockwebserver.MockWebServer");

  static {
    MOCK_LOG.setLevel(Level.WARNING);
  }

  @Inject KubernetesClient kubernetes;
  @Inject Leadership leadership;
  @Inject MeterRegistry meters;
  @Inject Reconciler reconciler;
  @KubernetesTestServer KubernetesServer server;

  @Test
  void convergeManyDeploymentsThroughTheReconciler() throws Exception {
    printMachine();
    String prefix = "rs" + UUID.randomUUID().toString().substring(0, 4);
    var setup = new ScaleSetup(prefix, TENANTS, PER_TENANT);
    int total = TENANTS * PER_TENANT;
    try (var seen =
        new ScaleObservation(setup, kubernetes, server.getKubernetesMockServer(), meters)) {
      var lease = new LeaseHold(kubernetes, leadership);
      long t0 = System.nanoTime();
      lease.take();
      print("application is a follower after %,d ms (bench holds the Lease)", ms(t0));

      t0 = System.nanoTime();
      setup.createTenants(CLIENTS);
      print("setup: %d tenants (+ Keycloak groups) and 1 user via REST: %,d ms", TENANTS, ms(t0));
      t0 = System.nanoTime();
      setup.registerModels(CLIENTS);
      print("setup: %d models + versions (XGBoost upload) via REST: %,d ms", TENANTS, ms(t0));
      t0 = System.nanoTime();
      setup.createDeployments(CLIENTS);
      long postMs = ms(t0);
      print(
          "setup: %,d deployments via POST (%d clients): %,d ms (%.0f/s)",
          total, CLIENTS, postMs, total * 1000.0 / postMs);
      print("objects on the API server before the leader returns: %s", seen.objects());
      assertThat(seen.convergedInDatabase()).as("nothing converges without a leader").isZero();

      seen.drainRequests();
      Map<String, double[]> callsBefore = seen.backendCalls();
      long start = System.nanoTime();
      lease.release();
      await()
          .atMost(Duration.ofMinutes(1))
          .pollInterval(Duration.ofMillis(20))
          .until(leadership::isLeader);
      print("leader again after %,d ms", ms(start));
      long convergedMs = awaitConvergence(seen, start, total);
      print(
          "CONVERGED: %,d deployments in %,d ms from the Lease release (%.0f deployments/s)",
          total, convergedMs, total * 1000.0 / convergedMs);
      Map<String, Integer> requests = seen.drainRequests();
      Map<String, Integer> objects = seen.objects();
      print("objects on the API server: %s = %,d", objects, sum(objects));
      print(
          "requests at the API server during convergence: %s = %,d, writes %,d",
          requests, sum(requests), writes(requests));
      printCalls(callsBefore, seen.backendCalls());
      assertThat(objects)
          .containsEntry("Namespace", TENANTS)
          .containsEntry("ResourceQuota", TENANTS)
          .containsEntry("Deployment", total)
          .containsEntry("Service", total)
          .containsEntry("PodDisruptionBudget", total);
      int throughApi = seen.convergedThroughTheApi(setup.token());
      print("converged as GET …/deployments reports it: %,d of %,d", throughApi, total);
      assertThat(throughApi).isEqualTo(total);

      patchOneAtATime(setup, seen, 0, false);
      patchOneAtATime(setup, seen, PATCHES, true);
    }
  }

  private static long awaitConvergence(ScaleObservation seen, long start, int total) {
    long[] nextReport = {5_000};
    await()
        .atMost(PATIENCE)
        .pollDelay(Duration.ZERO)
        .pollInterval(Duration.ofMillis(250))
        .until(
            () -> {
              int converged = seen.convergedInDatabase();
              long elapsed = ms(start);
              if (elapsed >= nextReport[0]) {
                print("  %6.1f s: %,d of %,d converged", elapsed / 1000.0, converged, total);
                nextReport[0] += 5_000;
              }
              return converged == total;
            });
    return ms(start);
  }

  /**
   * One deployment at a time gets a new revision (3 replicas: a new runner set); with {@code
   * duringResync}, right after a full resync has queued every deployment (the leader's periodic one
   * every 30 s), otherwise on a control plane the bench leaves idle.
   */
  private void patchOneAtATime(
      ScaleSetup setup, ScaleObservation seen, int first, boolean duringResync) throws Exception {
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    String token = setup.token();
    for (int i = first; i < Math.min(first + PATCHES, TENANTS); i++) {
      // during a resync: the deployments it queues last (it goes by tenant, then name)
      String tenant = setup.tenant(duringResync ? TENANTS - 1 - i + first : i);
      String name = ScaleSetup.deployment(duringResync ? PER_TENANT - 1 : i % PER_TENANT);
      if (duringResync) {
        reconciler.resync();
      } else {
        awaitIdle(seen);
      }
      long start = System.nanoTime();
      ScaleSetup.send(
          http,
          token,
          "PATCH",
          ScaleSetup.path(tenant, name),
          "{\"replicas\":{\"min\":3,\"max\":3},\"reason\":\"scale one\"}",
          200);
      long answered = ms(start);
      await()
          .atMost(PATIENCE)
          .pollDelay(Duration.ZERO)
          .pollInterval(Duration.ofMillis(10))
          .until(() -> seen.converged(tenant, name));
      long converged = ms(start);
      var revisions =
          kubernetes
              .apps()
              .deployments()
              .inNamespace("mp-" + tenant)
              .withLabel("modelplane.io/deployment", name)
              .list()
              .getItems()
              .stream()
              .map(
                  d ->
                      d.getMetadata().getLabels().get("modelplane.io/revision")
                          + "x"
                          + d.getSpec().getReplicas())
              .sorted()
              .toList();
      print(
          "single PATCH %s %s/%s: answered in %,d ms, converged after %,d ms;"
              + " runner sets (revision x replicas) %s",
          duringResync ? "during a resync" : "idle", tenant, name, answered, converged, revisions);
      assertThat(revisions).containsExactly("1x2", "2x3");
    }
  }

  /** Until the reconciler has made no apply for a second (the last resync has been worked off). */
  private static void awaitIdle(ScaleObservation seen) {
    double[] last = {-1};
    await()
        .atMost(PATIENCE)
        .pollInterval(Duration.ofSeconds(1))
        .until(
            () -> {
              double applies = seen.applies();
              boolean idle = applies == last[0];
              last[0] = applies;
              return idle;
            });
  }

  private static void printCalls(Map<String, double[]> before, Map<String, double[]> after) {
    after.forEach(
        (key, now) -> {
          double[] then = before.getOrDefault(key, new double[2]);
          double count = now[0] - then[0];
          if (count > 0) {
            print(
                "reconciler's backend calls %-16s %,6.0f, mean %.1f ms",
                key, count, (now[1] - then[1]) * 1000 / count);
          }
        });
  }

  private static int sum(Map<String, Integer> counts) {
    return counts.values().stream().mapToInt(Integer::intValue).sum();
  }

  private static int writes(Map<String, Integer> byMethod) {
    return byMethod.entrySet().stream()
        .filter(e -> !e.getKey().equals("GET"))
        .mapToInt(Map.Entry::getValue)
        .sum();
  }

  private static long ms(long startNanos) {
    return (System.nanoTime() - startNanos) / 1_000_000;
  }

  private static void printMachine() {
    var os = ManagementFactory.getOperatingSystemMXBean();
    print(
        "machine: %d cores, load average %.1f, %s %s; %d tenants x %d deployments",
        os.getAvailableProcessors(),
        os.getSystemLoadAverage(),
        System.getProperty("java.vm.name"),
        System.getProperty("java.version"),
        TENANTS,
        PER_TENANT);
  }

  private static void print(String format, Object... args) {
    System.out.println("[reconcile-scale] " + String.format(Locale.ROOT, format, args));
  }
}
