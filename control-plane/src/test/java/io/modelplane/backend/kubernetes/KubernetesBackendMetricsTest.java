package io.modelplane.backend.kubernetes;

import static io.modelplane.backend.kubernetes.TestDeployments.cpuSpec;
import static io.modelplane.backend.kubernetes.TestDeployments.desired;
import static io.modelplane.backend.kubernetes.TestDeployments.set;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.modelplane.backend.BackendException;
import io.modelplane.backend.DeploymentKey;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code modelplane_backend_calls_seconds}: what the reconcile alerts count, per operation and
 * outcome.
 */
class KubernetesBackendMetricsTest {

  private final MockApiServer api = new MockApiServer();
  private final KubernetesClient client = api.client(Duration.ofMillis(500));
  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private final KubernetesBackend backend =
      new KubernetesBackend(client, true, GpuPlacement.NONE, registry);

  @AfterEach
  void stop() {
    client.close();
    api.close();
  }

  @Test
  void shouldCountSuccessfulAndFailedCallsByOperation() {
    // Given
    var desired = desired("acme", "sentiment", 0, set(cpuSpec(1), 1));
    backend.apply(desired);
    backend.observe(new DeploymentKey("acme", "sentiment"));
    api.faults().failAfter(0);

    // When
    assertThatThrownBy(() -> backend.apply(desired)).isInstanceOf(BackendException.class);

    // Then
    assertThat(calls("apply", "success")).isEqualTo(1);
    assertThat(calls("apply", "error")).isEqualTo(1);
    assertThat(calls("observe", "success")).isEqualTo(1);
  }

  private long calls(String operation, String outcome) {
    Timer timer =
        registry
            .find("modelplane.backend.calls")
            .tags("backend", "kubernetes", "operation", operation, "outcome", outcome)
            .timer();
    return timer == null ? 0 : timer.count();
  }
}
