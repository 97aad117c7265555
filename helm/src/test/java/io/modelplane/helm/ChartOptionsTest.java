package io.modelplane.helm;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Options the golden renders do not cover, one at a time on top of the defaults. */
class ChartOptionsTest {

  @Test
  void shouldKeepArtifactsOnAClaimThatOutlivesTheRelease() {
    // When
    String manifests = Chart.templateWith(Map.of("persistence.enabled", true));

    // Then
    PersistentVolumeClaim claim = Chart.only(manifests, PersistentVolumeClaim.class);
    assertThat(claim.getMetadata().getAnnotations())
        .containsEntry("helm.sh/resource-policy", "keep");
    Volume data =
        Chart.only(manifests, Deployment.class)
            .getSpec()
            .getTemplate()
            .getSpec()
            .getVolumes()
            .stream()
            .filter(volume -> volume.getName().equals("data"))
            .findFirst()
            .orElseThrow();
    assertThat(data.getPersistentVolumeClaim().getClaimName())
        .isEqualTo(claim.getMetadata().getName());
  }

  @Test
  void shouldLeaveTheReplicaCountToTheAutoscaler() {
    // When
    String manifests =
        Chart.templateWith(
            Map.of(
                "autoscaling.enabled",
                true,
                "artifacts.store",
                "s3",
                "artifacts.s3.bucket",
                "models"));

    // Then
    assertThat(Chart.only(manifests, Deployment.class).getSpec().getReplicas()).isNull();
    HorizontalPodAutoscaler autoscaler = Chart.only(manifests, HorizontalPodAutoscaler.class);
    assertThat(autoscaler.getSpec().getScaleTargetRef().getName()).isEqualTo("modelplane");
    assertThat(autoscaler.getSpec().getMinReplicas()).isEqualTo(2);
  }

  /** Forwarded headers name the client in the audit trail: trusted only behind the ingress. */
  @Test
  void shouldTrustForwardedHeadersOnlyBehindTheIngress() {
    // When
    String direct = Chart.template();
    String proxied = Chart.templateWith(Map.of("ingress.enabled", true));

    // Then
    assertThat(envNames(direct)).noneMatch(name -> name.startsWith("QUARKUS_HTTP_PROXY_"));
    assertThat(envNames(proxied))
        .contains(
            "QUARKUS_HTTP_PROXY_PROXY_ADDRESS_FORWARDING", "QUARKUS_HTTP_PROXY_ALLOW_X_FORWARDED");
  }

  /**
   * The GPU placement reaches the control plane as the JSON it parses, a default label removed with
   * null as Helm does for any map key.
   */
  @Test
  void shouldPassTheRunnersGpuPlacementAsJson() {
    // When
    Map<String, String> env =
        env(Chart.template(Path.of("src/test/resources/values/gpu-placement.yaml")));

    // Then
    assertThat(env)
        .containsEntry(
            "MODELPLANE_DEPLOYMENTS_RUNNER_IMAGE", "registry.example/modelplane/runner:0.1.0-cuda");
    assertThat(Serialization.unmarshal(env.get("MODELPLANE_RUNNER_GPU_NODE_SELECTOR"), Map.class))
        .isEqualTo(Map.of("cloud.example/pool", "gpu-a100"));
    assertThat(Serialization.unmarshal(env.get("MODELPLANE_RUNNER_GPU_TOLERATIONS"), List.class))
        .isEqualTo(
            List.of(
                Map.of(
                    "key",
                    "dedicated",
                    "operator",
                    "Equal",
                    "value",
                    "gpu",
                    "effect",
                    "NoSchedule")));
  }

  private static Map<String, String> env(String manifests) {
    return Chart.only(manifests, Deployment.class)
        .getSpec()
        .getTemplate()
        .getSpec()
        .getContainers()
        .getFirst()
        .getEnv()
        .stream()
        .filter(variable -> variable.getValue() != null)
        .collect(Collectors.toMap(EnvVar::getName, EnvVar::getValue));
  }

  private static List<String> envNames(String manifests) {
    return Chart.only(manifests, Deployment.class)
        .getSpec()
        .getTemplate()
        .getSpec()
        .getContainers()
        .getFirst()
        .getEnv()
        .stream()
        .map(EnvVar::getName)
        .toList();
  }
}
