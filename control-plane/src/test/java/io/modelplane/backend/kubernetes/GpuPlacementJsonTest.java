package io.modelplane.backend.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** {@code modelplane.runner.gpu.*} as the control plane reads it at start-up. */
class GpuPlacementJsonTest {

  @Test
  void shouldShipTheDefaultsTheBackendTestsAssume() throws IOException {
    // Given
    var properties = new Properties();
    try (Reader reader =
        Files.newBufferedReader(Path.of("src/main/resources/application.properties"))) {
      properties.load(reader);
    }

    // When
    GpuPlacement shipped =
        GpuPlacementJson.parse(
            properties.getProperty(GpuPlacementJson.NODE_SELECTOR),
            properties.getProperty(GpuPlacementJson.TOLERATIONS));

    // Then
    assertThat(shipped).isEqualTo(TestDeployments.GPU_DEFAULTS);
  }

  @Test
  void shouldAcceptNoDefaults() {
    // When
    GpuPlacement none = GpuPlacementJson.parse("{}", "[]");

    // Then
    assertThat(none).isEqualTo(GpuPlacement.NONE);
  }

  @Test
  void shouldRefuseAFieldKubernetesTolerationsHaveButRunnersDoNot() {
    // When / Then
    assertThatThrownBy(
            () ->
                GpuPlacementJson.parse(
                    "{}",
                    "[{\"key\":\"nvidia.com/gpu\",\"operator\":\"Exists\",\"tolerationSeconds\":30}]"))
        .hasMessageStartingWith("modelplane.runner.gpu.tolerations: ")
        .hasMessageContaining("tolerationSeconds");
  }

  @Test
  void shouldRefuseAValueWithOperatorExists() {
    // When / Then
    assertThatThrownBy(
            () ->
                GpuPlacementJson.parse(
                    "{}", "[{\"key\":\"gpu\",\"operator\":\"Exists\",\"value\":\"yes\"}]"))
        .hasMessage(
            "modelplane.runner.gpu.tolerations[0].value: must be empty with operator Exists");
  }

  @Test
  void shouldRefuseAnUnknownEffect() {
    // When / Then
    assertThatThrownBy(
            () -> GpuPlacementJson.parse("{}", "[{\"key\":\"gpu\",\"effect\":\"NoRun\"}]"))
        .hasMessageStartingWith("modelplane.runner.gpu.tolerations[0].effect: ");
  }

  @Test
  void shouldRefuseANodeSelectorThatIsNotAnObjectOfLabels() {
    // When / Then
    assertThatThrownBy(() -> GpuPlacementJson.parse("[\"nvidia.com/gpu.present\"]", "[]"))
        .hasMessageStartingWith("modelplane.runner.gpu.node-selector: ");
  }
}
