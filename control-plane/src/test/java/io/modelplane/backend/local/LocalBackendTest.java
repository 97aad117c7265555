package io.modelplane.backend.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.modelplane.backend.DeploymentKey;
import io.modelplane.backend.DesiredDeployment;
import io.modelplane.backend.Replica;
import io.modelplane.backend.RunnerSet;
import io.modelplane.backend.RunnerSetStatus;
import io.modelplane.backend.RunnerSpec;
import io.modelplane.testing.TestArtifacts;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The local backend with the real runner jar and a real XGBoost model. One two-replica deployment
 * is started once and shared; every test leaves it serving again. Tests that need their own runners
 * use their own deployments.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LocalBackendTest {

  private static final Path RUNNER_JAR =
      Path.of("..", "runner", "target", "quarkus-app", "quarkus-run.jar")
          .toAbsolutePath()
          .normalize();
  private static final Duration PATIENCE = Duration.ofMinutes(2);
  private static final DeploymentKey SERVING = new DeploymentKey("acme", "churn");
  private static final String MARKER = "-Dmodelplane.replica=";

  private final HttpClient http = HttpClient.newHttpClient();
  private final List<DeploymentKey> changes = new CopyOnWriteArrayList<>();
  private final List<String> brokenMessages = new CopyOnWriteArrayList<>();
  private LocalBackend backend;
  private Path model;

  @BeforeAll
  void startTheSharedDeployment() {
    assertThat(RUNNER_JAR).as("build the runner first: ./mvnw -pl runner package").exists();
    model = TestArtifacts.xgboost();
    backend =
        new LocalBackend(
            new LocalSettings(
                RUNNER_JAR,
                Path.of(System.getProperty("java.home"), "bin", "java"),
                List.of("-XX:+UseSerialGC", "-Xmx512m", "-XX:TieredStopAtLevel=1"),
                Path.of("target", "local-backend-test").toAbsolutePath(),
                new RestartBackoff(
                    Duration.ofMillis(200), Duration.ofSeconds(1), Duration.ofMinutes(1)),
                Duration.ofSeconds(10),
                Duration.ofMinutes(2)));
    backend.onChange(changes::add);
    backend.onChange(this::recordBrokenMessages);
    backend.apply(deployment(SERVING, spec(2, TestArtifacts.sha256(model), Map.of())));
  }

  @AfterAll
  void stopEverything() {
    backend.close();

    // only this test's deployments: the application under test in the same JVM runs its own
    assertThat(
            runners().keySet().stream()
                .filter(
                    label ->
                        java.util.stream.Stream.of("churn", "rollout", "broken", "gone")
                            .anyMatch(d -> label.startsWith("acme/" + d + "/")))
                .toList())
        .as("runner processes left behind")
        .isEmpty();
  }

  @Test
  void shouldServeInferenceFromEveryReplicaOnceReady() throws Exception {
    // Given
    RunnerSetStatus status = awaitServing();

    // When / Then
    assertThat(status.replicas()).hasSize(2).allMatch(Replica::ready);
    for (Replica replica : status.replicas()) {
      assertThat(infer(replica)).isEqualTo(200);
    }
  }

  @Test
  void shouldChangeNothingWhenTheSameStateIsAppliedAgain() {
    // Given
    RunnerSetStatus before = awaitServing();
    Map<String, Long> pids = runners(SERVING);

    // When
    backend.apply(deployment(SERVING, spec(2, TestArtifacts.sha256(model), Map.of())));

    // Then
    assertThat(runners(SERVING)).isEqualTo(pids).hasSize(2);
    assertThat(backend.observe(SERVING)).containsExactly(before);
  }

  @Test
  void shouldRestartAKilledReplicaWhileTheOtherKeepsServing() throws Exception {
    // Given
    List<Replica> replicas = awaitServing().replicas();
    Map<String, Long> pids = runners(SERVING);
    long victim = pids.get(label(SERVING, replicas.get(0)));
    long survivor = pids.get(label(SERVING, replicas.get(1)));
    changes.clear();

    // When
    ProcessHandle.of(victim).orElseThrow().destroyForcibly();

    // Then
    await().atMost(PATIENCE).until(() -> changes.contains(SERVING));
    assertThat(infer(replicas.get(1))).isEqualTo(200);
    RunnerSetStatus after = awaitServing();
    assertThat(after.replicas())
        .extracting(Replica::id)
        .containsExactly(replicas.get(0).id(), replicas.get(1).id());
    assertThat(runners(SERVING))
        .containsEntry(label(SERVING, replicas.get(1)), survivor)
        .doesNotContainValue(victim);
    assertThat(infer(after.replicas().get(0))).isEqualTo(200);
  }

  @Test
  void shouldStopRunnerSetsNoLongerListed() {
    // Given
    DeploymentKey rollout = new DeploymentKey("acme", "rollout");
    RunnerSpec old = spec(1, TestArtifacts.sha256(model), Map.of("BATCH_MAX_SIZE", "8"));
    RunnerSpec next = spec(1, TestArtifacts.sha256(model), Map.of("BATCH_MAX_SIZE", "16"));
    backend.apply(deployment(rollout, old, next));
    await().atMost(PATIENCE).until(() -> runners(rollout).size() == 2);
    long oldPid = runners(rollout).get(label(rollout, old.key() + "-0"));
    long nextPid = runners(rollout).get(label(rollout, next.key() + "-0"));

    // When
    backend.apply(deployment(rollout, next));

    // Then
    await()
        .atMost(PATIENCE)
        .until(() -> !ProcessHandle.of(oldPid).map(ProcessHandle::isAlive).orElse(false));
    await()
        .atMost(PATIENCE)
        .until(
            () -> backend.observe(rollout).stream().map(RunnerSetStatus::key).toList(),
            List.of(next.key())::equals);
    assertThat(runners(rollout))
        .containsExactly(Map.entry(label(rollout, next.key() + "-0"), nextPid));
    backend.delete(rollout);
  }

  @Test
  void shouldExplainAndBackOffWhenTheRunnerCannotLoad() {
    // Given
    DeploymentKey broken = new DeploymentKey("acme", "broken");

    // When
    backend.apply(deployment(broken, spec(1, "0".repeat(64), Map.of())));

    // Then
    await()
        .atMost(PATIENCE)
        .until(
            () -> brokenMessages,
            messages -> messages.stream().anyMatch(m -> m.contains("attempt 2, next in 400ms")));
    assertThat(brokenMessages)
        .first()
        .asString()
        .contains("restarting after exit code 1: sha256 mismatch for model artifact")
        .doesNotContain("ModelLoadException")
        .contains("(attempt 1, next in 200ms); see ")
        .contains(Path.of("logs", "acme", "broken").toString());
    assertThat(backend.observe(broken))
        .singleElement()
        .satisfies(
            status -> {
              assertThat(status.readyReplicas()).isZero();
              assertThat(status.desiredReplicas()).isEqualTo(1);
              assertThat(status.message()).isNotBlank();
            });
    backend.delete(broken);
  }

  @Test
  void shouldStopEverythingOnDelete() {
    // Given
    DeploymentKey gone = new DeploymentKey("acme", "gone");
    backend.apply(
        deployment(gone, spec(1, TestArtifacts.sha256(model), Map.of("BATCH_MAX_SIZE", "4"))));
    await().atMost(PATIENCE).until(() -> runners(gone).size() == 1);
    long pid = runners(gone).values().iterator().next();

    // When
    backend.delete(gone);

    // Then
    await()
        .atMost(PATIENCE)
        .until(() -> !ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false));
    await().atMost(PATIENCE).until(() -> backend.observe(gone).isEmpty());
  }

  private RunnerSetStatus awaitServing() {
    return await()
        .atMost(PATIENCE)
        .until(
            () -> backend.observe(SERVING),
            statuses -> statuses.size() == 1 && statuses.getFirst().readyReplicas() == 2)
        .getFirst();
  }

  private void recordBrokenMessages(DeploymentKey key) {
    if (key.deployment().equals("broken")) {
      backend.observe(key).stream()
          .map(RunnerSetStatus::message)
          .filter(message -> message.contains("restarting"))
          .forEach(brokenMessages::add);
    }
  }

  private int infer(Replica replica) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(replica.baseUri().resolve("/v2/models/churn/infer"))
            .header("Content-Type", "application/json")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    """
                    {"inputs":[{"name":"input","shape":[1,4],"datatype":"FP32",\
                    "data":[0.9,0.8,0.7,0.9]}]}"""))
            .build();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    assertThat(response.body()).contains("\"predictions\"");
    return response.statusCode();
  }

  private RunnerSpec spec(int replicas, String sha256, Map<String, String> env) {
    return new RunnerSpec(
        "churn",
        1,
        "xgboost",
        sha256,
        model.toString(),
        "modelplane/runner:test",
        replicas,
        replicas,
        new RunnerSpec.Resources("1", "1Gi", 0, null),
        List.of(),
        env);
  }

  private static DesiredDeployment deployment(DeploymentKey key, RunnerSpec... specs) {
    return new DesiredDeployment(
        key.tenant(),
        key.deployment(),
        "1",
        "dev",
        0,
        Arrays.stream(specs).map(spec -> new RunnerSet(spec.key(), List.of(1), spec)).toList());
  }

  private static String label(DeploymentKey key, Replica replica) {
    return label(key, replica.id());
  }

  private static String label(DeploymentKey key, String replicaId) {
    return key.tenant() + "/" + key.deployment() + "/" + replicaId;
  }

  /** Live runner processes of a deployment: replica label → pid. */
  private static Map<String, Long> runners(DeploymentKey key) {
    String prefix = key.tenant() + "/" + key.deployment() + "/";
    return runners().entrySet().stream()
        .filter(entry -> entry.getKey().startsWith(prefix))
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
  }

  /** Every live runner process this JVM started, found by the marker on its command line. */
  private static Map<String, Long> runners() {
    return ProcessHandle.current()
        .descendants()
        .filter(ProcessHandle::isAlive)
        .flatMap(process -> marker(process).map(label -> Map.entry(label, process.pid())).stream())
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
  }

  private static Optional<String> marker(ProcessHandle process) {
    return process.info().arguments().stream()
        .flatMap(Arrays::stream)
        .filter(argument -> argument.startsWith(MARKER))
        .map(argument -> argument.substring(MARKER.length()))
        .findFirst();
  }
}
