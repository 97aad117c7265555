package io.modelplane.backend.local;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelplane.backend.DeploymentKey;
import io.modelplane.backend.RunnerSpec;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RunnerEnvironmentTest {

  private static final ReplicaPaths PATHS =
      ReplicaPaths.of(Path.of("/data/runners"), new DeploymentKey("acme", "churn"), "abc-0", 7);

  private static RunnerSpec spec(Map<String, String> env, int gpus) {
    return new RunnerSpec(
        "churn",
        3,
        "xgboost",
        "ab".repeat(32),
        "http://127.0.0.1:8080/signed/churn",
        "modelplane/runner:1",
        1,
        4,
        new RunnerSpec.Resources("1", "1Gi", gpus, null),
        List.of(),
        env);
  }

  private static Map<String, String> env(RunnerSpec spec) {
    return RunnerEnvironment.of(
        Map.of("PATH", "/usr/bin", "QUARKUS_DATASOURCE_PASSWORD", "secret", "PORT", "8080"),
        spec,
        PATHS,
        Path.of("/data/runners/djl-cache"),
        41234,
        777);
  }

  @Test
  void shouldDescribeTheModelAndTheLocalRunner() {
    // When
    Map<String, String> env = env(spec(Map.of(), 0));

    // Then
    assertThat(env)
        .containsEntry("MODEL_URI", "http://127.0.0.1:8080/signed/churn")
        .containsEntry("MODEL_NAME", "churn")
        .containsEntry("MODEL_VERSION", "3")
        .containsEntry("MODEL_SHA256", "ab".repeat(32))
        .containsEntry("MODEL_ENGINE", "XGBoost")
        .containsEntry("MODEL_WORK_DIR", "/data/runners/models/acme/churn/abc-0.7")
        .containsEntry("MODEL_EXIT_ON_FAILURE", "true")
        .containsEntry("MODEL_DEVICE", "cpu")
        .containsEntry("HOST", "127.0.0.1")
        .containsEntry("PORT", "41234")
        .containsEntry("DJL_CACHE_DIR", "/data/runners/djl-cache")
        .containsEntry("DJL_OFFLINE", "true")
        .containsEntry("OPT_OUT_TRACKING", "true")
        .containsEntry("PARENT_PID", "777");
  }

  @Test
  void shouldPassOnlyWhatAJvmNeedsFromTheControlPlane() {
    // When
    Map<String, String> env = env(spec(Map.of(), 0));

    // Then
    assertThat(env)
        .containsEntry("PATH", "/usr/bin")
        .doesNotContainKey("QUARKUS_DATASOURCE_PASSWORD");
  }

  @Test
  void shouldKeepTheSpecsEnvExceptWhatTheBackendOwns() {
    // When
    Map<String, String> env =
        env(spec(Map.of("BATCH_MAX_SIZE", "8", "HOST", "0.0.0.0", "MODEL_DEVICE", "gpu"), 1));

    // Then
    assertThat(env)
        .containsEntry("BATCH_MAX_SIZE", "8")
        .containsEntry("HOST", "127.0.0.1")
        .containsEntry("MODEL_DEVICE", "gpu");
  }

  @Test
  void shouldNameEnginesAsTheRunnerDoes() {
    assertThat(List.of("onnx", "xgboost", "pytorch").stream().map(RunnerEnvironment::engine))
        .containsExactly("OnnxRuntime", "XGBoost", "PyTorch");
  }
}
