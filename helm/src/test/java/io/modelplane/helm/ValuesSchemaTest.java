package io.modelplane.helm;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * values.schema.json and the chart's own checks turn mistakes into a refused install that names the
 * setting, instead of a release that starts wrong.
 */
class ValuesSchemaTest {

  private static final Path VALUES = Path.of("src/test/resources/values");

  @Test
  void shouldRejectAValueOfTheWrongType() {
    // When / Then
    assertThatThrownBy(() -> Chart.template(VALUES.resolve("wrong-type.yaml")))
        .hasMessageContaining("replicaCount")
        .hasMessageContaining("integer");
  }

  @Test
  void shouldRejectAnUnknownKey() {
    // When / Then
    assertThatThrownBy(() -> Chart.template(VALUES.resolve("unknown-key.yaml")))
        .hasMessageContaining("database")
        .hasMessageContaining("jdbcUrl");
  }

  @Test
  void shouldRejectAValueOutsideItsChoices() {
    // When / Then
    assertThatThrownBy(() -> Chart.template(VALUES.resolve("unknown-store.yaml")))
        .hasMessageContaining("artifacts.store")
        .hasMessageContaining("filesystem");
  }

  @Test
  void shouldHaveNoPlaceForASecretValue() {
    // When / Then
    assertThatThrownBy(() -> Chart.template(VALUES.resolve("secret-value.yaml")))
        .hasMessageContaining("database.app")
        .hasMessageContaining("password");
  }

  @Test
  void shouldRefuseAFilesystemStoreSplitAcrossReplicas() {
    // When / Then
    assertThatThrownBy(() -> Chart.template(VALUES.resolve("filesystem-replicas.yaml")))
        .hasMessageContaining("artifacts.store=filesystem with several replicas");
  }

  @Test
  void shouldRejectAGpuTolerationFieldRunnerPodsDoNotCarry() {
    // When / Then
    assertThatThrownBy(() -> Chart.template(VALUES.resolve("gpu-toleration-seconds.yaml")))
        .hasMessageContaining("runner.gpu.tolerations")
        .hasMessageContaining("tolerationSeconds");
  }
}
