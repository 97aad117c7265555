package io.modelplane.backend.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.modelplane.backend.DesiredDeployment;
import io.modelplane.backend.RunnerSet;
import io.modelplane.backend.RunnerSpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * How long the Kubernetes backend takes to converge 1,000 deployments (50 tenants x 20, one runner
 * set of 2 replicas each) against the CRUD mock API server, then to confirm the steady state.
 * Target: the first pass within 60 s. Not a test: surefire runs only {@code *Test} and {@code *IT},
 * and this class also needs {@code -Dbench=true}:
 *
 * <pre>
 * ./mvnw -o -pl control-plane test -Dtest=KubernetesScaleBench -Dbench=true \
 *     -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 *
 * Options: {@code -Dbench.tenants=50 -Dbench.perTenant=20 -Dbench.threads=4}.
 */
@EnabledIfSystemProperty(named = "bench", matches = "true")
class KubernetesScaleBench {

  private static final int TENANTS = Integer.getInteger("bench.tenants", 50);
  private static final int PER_TENANT = Integer.getInteger("bench.perTenant", 20);
  private static final int THREADS = Integer.getInteger("bench.threads", 4);
  private static final int SINGLE_SAMPLES = 25;

  @Test
  void convergeManyDeployments() throws Exception {
    try (var api = new MockApiServer();
        KubernetesClient client = api.client();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS)) {
      var backend = new KubernetesBackend(client, true);
      List<DesiredDeployment> all = deployments();
      print(
          "%d deployments, %d tenants, %d threads, %d cores",
          all.size(), TENANTS, THREADS, Runtime.getRuntime().availableProcessors());

      long writes = api.writes();
      long requests = api.server().getRequestCount();
      long ms = applyAll(pool, backend, all);
      print(
          "pass 1 (create):       %,6d ms  %,6d writes  %,6d requests",
          ms, api.writes() - writes, api.server().getRequestCount() - requests);
      int objects = countObjects(client);
      print("objects in the cluster: %,d", objects);

      writes = api.writes();
      requests = api.server().getRequestCount();
      ms = applyAll(pool, backend, all);
      print(
          "pass 2 (steady state): %,6d ms  %,6d writes  %,6d requests",
          ms, api.writes() - writes, api.server().getRequestCount() - requests);
      assertThat(api.writes()).as("the steady state writes nothing").isEqualTo(writes);
      assertThat(countObjects(client)).isEqualTo(objects);

      single(backend, all);
    }
  }

  /** One apply on its own, on the now-warm server: a new deployment, then a re-apply of it. */
  private static void single(KubernetesBackend backend, List<DesiredDeployment> all) {
    long[] create = new long[SINGLE_SAMPLES];
    long[] steady = new long[SINGLE_SAMPLES];
    for (int i = 0; i < SINGLE_SAMPLES; i++) {
      var one = deployment("single", "d" + i, 1);
      long start = System.nanoTime();
      backend.apply(one);
      create[i] = System.nanoTime() - start;
      start = System.nanoTime();
      backend.apply(all.get(i));
      steady[i] = System.nanoTime() - start;
    }
    print("single apply, new deployment: median %.1f ms", median(create));
    print("single apply, unchanged:      median %.1f ms", median(steady));
  }

  private static long applyAll(
      ExecutorService pool, KubernetesBackend backend, List<DesiredDeployment> all)
      throws Exception {
    long start = System.nanoTime();
    List<Future<?>> applies = new ArrayList<>();
    for (var desired : all) {
      applies.add(pool.submit(() -> backend.apply(desired)));
    }
    for (var apply : applies) {
      apply.get();
    }
    return (System.nanoTime() - start) / 1_000_000;
  }

  private static List<DesiredDeployment> deployments() {
    var all = new ArrayList<DesiredDeployment>();
    for (int t = 0; t < TENANTS; t++) {
      for (int d = 0; d < PER_TENANT; d++) {
        all.add(deployment("tenant-" + t, "model-" + d, d));
      }
    }
    return all;
  }

  private static DesiredDeployment deployment(String tenant, String name, int version) {
    var spec =
        new RunnerSpec(
            name,
            version + 1,
            "onnx",
            "ab".repeat(32),
            "https://control-plane.example/artifacts/" + tenant + "/" + name,
            TestDeployments.IMAGE,
            2,
            2,
            new RunnerSpec.Resources("1", "2Gi", 0, null),
            List.of(),
            Map.of());
    return new DesiredDeployment(
        tenant,
        name,
        tenant + "-" + name,
        "prod",
        4,
        List.of(new RunnerSet(spec.key(), List.of(1), spec)));
  }

  private static int countObjects(KubernetesClient client) {
    int count = client.namespaces().list().getItems().size();
    count += client.resourceQuotas().inAnyNamespace().list().getItems().size();
    for (Class<? extends HasMetadata> kind :
        List.of(Deployment.class, Service.class, PodDisruptionBudget.class)) {
      count += client.resources(kind).inAnyNamespace().list().getItems().size();
    }
    return count;
  }

  private static double median(long[] nanos) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2] / 1e6;
  }

  private static void print(String format, Object... args) {
    System.out.println("[k8s-scale] " + String.format(format, args));
  }
}
