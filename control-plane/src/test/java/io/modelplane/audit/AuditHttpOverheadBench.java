package io.modelplane.audit;

import io.modelplane.audit.service.AuditLogWriter;
import io.modelplane.testing.KeycloakResource;
import io.modelplane.testing.PostgresResource;
import io.modelplane.testing.RegistryClient;
import io.modelplane.testing.Tokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.kubernetes.client.KubernetesServerTestResource;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The cost of auditing as an API client sees it: {@code PATCH …/models/{m}} (bearer token, tenancy,
 * validation, a row update in its own transaction, and its audit event through the group commit
 * writer) with auditing on and off, alternating rounds in the same running application, durable
 * commits for both. Target: at most 10% fewer requests/s. Not a test (needs {@code -Dbench=true}):
 *
 * <pre>
 * ./mvnw -B -o -pl control-plane -am verify -Dtest=AuditHttpOverheadBench -Dbench=true \
 *     -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=NONE -Dfailsafe.failIfNoSpecifiedTests=false
 * </pre>
 *
 * Options: {@code -Dbench.clients=16 -Dbench.seconds=10 -Dbench.rounds=3 -Dbench.warmups=2}
 * (warm-ups alternate on and off; rounds alternate which side runs first).
 */
@QuarkusTest
@TestProfile(AuditSwitchProfile.class)
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KeycloakResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KubernetesServerTestResource.class, scope = TestResourceScope.GLOBAL)
@EnabledIfSystemProperty(named = "bench", matches = "true")
class AuditHttpOverheadBench {

  private static final int CLIENTS = Integer.getInteger("bench.clients", 16);
  private static final Duration TIME = Duration.ofSeconds(Integer.getInteger("bench.seconds", 10));
  private static final int ROUNDS = Integer.getInteger("bench.rounds", 3);
  private static final int WARM_UPS = Integer.getInteger("bench.warmups", 2);

  @Inject AuditLogWriter writer;

  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private final List<String> models = new ArrayList<>();
  private String token;

  @Test
  void patchWithAndWithoutAudit() throws Exception {
    BenchDatabase.printMachine();
    System.out.println(
        "synchronous_commit of the application: "
            + BenchDatabase.synchronousCommitOfTheApplication());
    token = Tokens.user("bob");
    for (int i = 0; i < CLIENTS; i++) {
      String model = RegistryClient.uniqueName("bench");
      RegistryClient.createModel(token, "acme", model, "regression").then().statusCode(201);
      models.add(model);
    }
    BenchDatabase.synchronousCommit(true);
    System.out.println(
        "synchronous_commit of the application: "
            + BenchDatabase.synchronousCommitOfTheApplication());
    try {
      for (int w = 0; w < WARM_UPS; w++) {
        SwitchableAuditTrail.enabled = w % 2 == 0;
        LoadRun.run("warm-up", CLIENTS, TIME, this::patch);
      }
      for (int round = 1; round <= ROUNDS; round++) {
        // alternate which runs first, so a machine still speeding up (JIT) or slowing down favours
        // neither side
        boolean onFirst = round % 2 == 0;
        LoadRun.Result first = run(round, onFirst);
        LoadRun.Result second = run(round, !onFirst);
        LoadRun.Result on = onFirst ? first : second;
        LoadRun.Result off = onFirst ? second : first;
        System.out.println(off);
        System.out.println(on);
        System.out.printf(
            "   r%d on/off throughput %.2f (overhead %.0f%%), p50 +%.2f ms, p99 +%.2f ms,"
                + " CPU/op +%.0f µs (JVM +%.0f, PostgreSQL +%.0f)%n",
            round,
            on.perSecond() / off.perSecond(),
            100 * (1 - on.perSecond() / off.perSecond()),
            on.p50Ms() - off.p50Ms(),
            on.p99Ms() - off.p99Ms(),
            on.machineCpuUsPerOp() - off.machineCpuUsPerOp(),
            on.jvmCpuUsPerOp() - off.jvmCpuUsPerOp(),
            on.postgresCpuUsPerOp() - off.postgresCpuUsPerOp());
      }
    } finally {
      SwitchableAuditTrail.enabled = true;
      BenchDatabase.synchronousCommit(false);
    }
  }

  private LoadRun.Result run(int round, boolean audited) throws Exception {
    SwitchableAuditTrail.enabled = audited;
    long events = writer.committedEvents();
    long commits = writer.commits();
    LoadRun.Result result =
        LoadRun.run(
            "r%d PATCH model, audit %s".formatted(round, audited ? "on" : "off"),
            CLIENTS,
            TIME,
            this::patch);
    if (audited) {
      System.out.printf(
          "   r%d audit events per commit %.2f%n",
          round, (writer.committedEvents() - events) / (double) (writer.commits() - commits));
    }
    return result;
  }

  private void patch(int worker, long i) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(
                URI.create(base() + "/api/v1/tenants/acme/models/" + models.get(worker)))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .method(
                "PATCH",
                HttpRequest.BodyPublishers.ofString("{\"description\":\"take " + i + "\"}"))
            .build();
    HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
    if (response.statusCode() != 200) {
      throw new IllegalStateException("PATCH answered " + response.statusCode());
    }
  }

  private static String base() {
    return "http://127.0.0.1:"
        + ConfigProvider.getConfig().getValue("quarkus.http.test-port", Integer.class);
  }
}
