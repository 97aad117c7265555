package io.modelplane.helm;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import java.util.List;
import java.util.Map;
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
