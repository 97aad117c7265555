package io.modelplane.backend.kubernetes;

import static io.modelplane.backend.kubernetes.TestDeployments.cpuSpec;
import static io.modelplane.backend.kubernetes.TestDeployments.desired;
import static io.modelplane.backend.kubernetes.TestDeployments.set;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.modelplane.backend.BackendException;
import io.modelplane.backend.DeploymentKey;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A disabled backend (the embedded defaults) never talks to a cluster. */
class KubernetesBackendDisabledTest {

  private final MockApiServer api = new MockApiServer();
  private final KubernetesClient client = api.client();
  private final KubernetesBackend backend = new KubernetesBackend(client, false);

  @AfterEach
  void stop() {
    client.close();
    api.close();
  }

  @Test
  void shouldRefuseWorkAndSendNoRequest() {
    // When
    backend.onChange(key -> {});

    // Then
    assertThatThrownBy(() -> backend.apply(desired("acme", "sentiment", 0, set(cpuSpec(1), 1))))
        .isInstanceOf(BackendException.class)
        .hasMessage("kubernetes backend is disabled");
    assertThatThrownBy(() -> backend.observe(new DeploymentKey("acme", "sentiment")))
        .isInstanceOf(BackendException.class);
    assertThat(api.server().getRequestCount()).isZero();
  }
}
